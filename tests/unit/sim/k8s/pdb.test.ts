import { describe, expect, it } from 'vitest';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';
import { cells, drainFollow, makeCluster, split } from './helpers';

const PDB = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb' }, spec: { minAvailable: 3, selector: { matchLabels: { app: 'web' } } } };

/** The fewest ready web pods seen while a drain runs, and the drain's output. */
function drainWatchingReady(withBudget: boolean) {
  const { c, run } = makeCluster();
  run('create deployment web --image=nginx --replicas=4');
  c.advance(60_000);
  const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: (p) => (p === 'pdb.json' ? JSON.stringify(PDB) : null) });
  if (withBudget) expect(k.run(split('apply -f pdb.json')).out).toBe('poddisruptionbudget.policy/web-pdb created\n');
  const ready = () => c.list('Pod', 'default').filter((p) => c.podReady(p)).length;
  expect(ready()).toBe(4);
  const onW1 = c.podsOn('w1-k8s').filter((p) => p.metadata.namespace === 'default').length;
  const r = run('drain w1-k8s --ignore-daemonsets');
  let out = r.out;
  let err = r.err;
  let least = ready();
  let done: number | undefined;
  for (let i = 0; i < 600 && done === undefined; i++) {
    c.advance(500);
    least = Math.min(least, ready());
    const p = r.follow!.poll();
    out += p.out ?? '';
    err += p.err ?? '';
    done = p.done;
  }
  return { c, run, out, err, least, onW1, done };
}

describe('PodDisruptionBudget', () => {
  it('get pdb shows the budget and how many disruptions it allows now', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=4');
    c.advance(60_000);
    const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: () => JSON.stringify(PDB) });
    k.run(split('apply -f pdb.json'));
    const rows = run('get pdb').out.trim().split('\n').map(cells);
    expect(rows[0]).toEqual(['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE']);
    expect(rows[1].slice(0, 4)).toEqual(['web-pdb', '3', 'N/A', '1']);
    expect(run('get poddisruptionbudgets.policy web-pdb').out).toContain('web-pdb');
    expect(run('describe pdb web-pdb').out).toMatch(/^Name:           web-pdb\nNamespace:      default\nMin available:  3\nSelector:       app=web\nStatus:\n    Allowed disruptions:  1\n    Current:              4\n    Desired:              3\n    Total:                4\nEvents:                   <none>\n$/);
  });

  it('without a budget, drain evicts every pod on the node at once and availability dips', () => {
    const d = drainWatchingReady(false);
    expect(d.onW1).toBeGreaterThanOrEqual(2);
    expect(d.done).toBe(0);
    expect(d.err).not.toContain('disruption budget');
    expect(d.least).toBe(4 - d.onW1);
  });

  it('with minAvailable 3, drain evicts one pod at a time and retries the others every 5 s', () => {
    const d = drainWatchingReady(true);
    expect(d.done).toBe(0);
    expect(d.least).toBe(3);
    expect(d.err).toMatch(/error when evicting pods\/"web-\w+-\w+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\.\n/);
    expect(d.out.endsWith('node/w1-k8s drained\n')).toBe(true);
    // every pod on the node was evicted in the end, and all four run elsewhere
    d.c.advance(60_000);
    expect(d.c.podsOn('w1-k8s').filter((p) => p.metadata.namespace === 'default')).toHaveLength(0);
    expect(d.c.list('Pod', 'default').filter((p) => d.c.podReady(p))).toHaveLength(4);
  });

  it('a budget that can never be met blocks the drain until it is interrupted', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=2');
    c.advance(60_000);
    const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: () => JSON.stringify({ ...PDB, spec: { ...PDB.spec, minAvailable: 2 } }) });
    k.run(split('apply -f pdb.json'));
    const node = c.list('Pod', 'default')[0].spec.nodeName;
    const r = drainFollow(c, run(`drain ${node} --ignore-daemonsets`), 1000, 30);
    expect(r.done).toBeUndefined();
    expect(r.err.match(/Cannot evict pod/g)!.length).toBeGreaterThanOrEqual(5);
  });
});
