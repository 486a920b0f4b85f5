import { describe, expect, it } from 'vitest';
import { age, jsonpath, renderRows, tabwrite, toYaml, rfc1123 } from '../../../../src/sim/k8s/format';
import { templateHash, Rng, ALPHANUMS } from '../../../../src/sim/k8s/rand';
import { parseSelector, selectorMatches } from '../../../../src/sim/k8s/objects';
import { pullable, parseImage } from '../../../../src/sim/k8s/images';

describe('ages (duration.HumanDuration)', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [119_000, '119s'],
    [120_000, '2m'],
    [312_000, '5m12s'],
    [600_000, '10m'],
    [3 * 3600_000, '3h'],
    [3 * 3600_000 + 25 * 60_000, '3h25m'],
    [20 * 3600_000, '20h'],
    [2 * 86400_000, '2d'],
    [3 * 86400_000 + 5 * 3600_000, '3d5h'],
    [30 * 86400_000, '30d'],
  ])('%i ms → %s', (ms, s) => expect(age(ms)).toBe(s));
});

describe('tabwriter', () => {
  it('pads each column to its widest cell plus the padding; the last cell is not padded', () => {
    expect(tabwrite('NAME\tREADY\tAGE\nnginx-abc\t1/1\t5s', 3)).toBe('NAME        READY   AGE\nnginx-abc   1/1     5s');
  });
  it('aligns blocks of consecutive lines only', () => {
    const t = tabwrite('Name:\tx\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x', 2);
    expect(t).toBe('Name:  x\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/x');
  });
  it('keeps a column at least minwidth wide: kubectl\'s printers use 6 (cli-runtime printers/tabwriter.go), kubeadm 10', () => {
    expect(renderRows([['web-1', '1/1', '0', '5m'], ['web-2', '1/1', '12', '5m']])).toBe('web-1   1/1   0     5m\nweb-2   1/1   12    5m');
    expect(tabwrite('a\tb\nx:\n  ccc\td', 3, 10)).toBe('a         b\nx:\n  ccc     d');
  });
});

describe('yaml and jsonpath', () => {
  it('prints sorted keys, unindented list items and quotes ambiguous strings', () => {
    expect(toYaml({ spec: { replicas: 3, containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] }, metadata: { annotations: { rev: '1' } } })).toBe(
      'metadata:\n  annotations:\n    rev: "1"\nspec:\n  containers:\n  - image: nginx:1.14.2\n    name: nginx\n  replicas: 3',
    );
    expect(toYaml({ a: '', b: {}, c: [], d: null, e: 'true' })).toBe('a: ""\nb: {}\nc: []\nd: null\ne: "true"');
  });
  it('evaluates kubectl JSONPath templates', () => {
    const data = { items: [{ metadata: { name: 'a' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } }, { metadata: { name: 'b' }, status: { conditions: [{ type: 'Ready', status: 'False' }] } }] };
    expect(jsonpath('{.items[*].metadata.name}', data)).toEqual({ out: 'a b' });
    expect(jsonpath('{range .items[*]}{.metadata.name}{"\\n"}{end}', data)).toEqual({ out: 'a\nb\n' });
    expect(jsonpath('{.items[0].status.conditions[?(@.type=="Ready")].status}', data)).toEqual({ out: 'True' });
    expect(jsonpath('{.items[5].metadata.name}', data)).toHaveProperty('error');
  });
  it('formats describe times as RFC 1123 with zone', () => {
    expect(rfc1123(Date.UTC(2025, 11, 10, 1, 2, 3))).toBe('Wed, 10 Dec 2025 01:02:03 +0000');
  });
});

describe('names, selectors and images', () => {
  it('hashes pod templates into 10 characters of the safe alphabet, deterministically', () => {
    const h = templateHash({ spec: { containers: [{ name: 'nginx', image: 'nginx' }] } });
    expect(h).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{10}$/);
    expect(templateHash({ spec: { containers: [{ name: 'nginx', image: 'nginx' }] } })).toBe(h);
    expect(templateHash({ spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }] } })).not.toBe(h);
    const r = new Rng(5);
    expect(r.str(5)).toMatch(new RegExp(`^[${ALPHANUMS}]{5}$`));
    expect(new Rng(5).str(5)).toBe(new Rng(5).str(5));
  });
  it('parses label selectors', () => {
    const s = parseSelector('app=nginx,tier!=db,env in (a,b),!legacy');
    expect(typeof s).not.toBe('string');
    if (typeof s === 'string') return;
    expect(selectorMatches(s, { app: 'nginx', env: 'a' })).toBe(true);
    expect(selectorMatches(s, { app: 'nginx', env: 'c' })).toBe(false);
    expect(selectorMatches(s, { app: 'nginx', env: 'a', legacy: 'x' })).toBe(false);
  });
  it('knows which tags exist', () => {
    expect(pullable('nginx:1.14.2').ok).toBe(true);
    expect(pullable('nginx').ok).toBe(true);
    expect(pullable('nginx:1.161')).toEqual({ ok: false, notFound: true });
    expect(pullable('nosuchuser/nosuchimage')).toEqual({ ok: false, notFound: false });
    expect(parseImage('k8s.gcr.io/pause:3.9').full).toBe('registry.k8s.io/pause:3.9');
    expect(parseImage('nginx').full).toBe('docker.io/library/nginx:latest');
  });
});
