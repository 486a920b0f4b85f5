// `kubectl ... -o json | jq` on the lab cluster once jq is installed: the names, counts and selections jq prints
// agree with what kubectl itself lists, and on the terminal jq colours its output
// as `jq -C` does (whose colours tests/golden/jq records).
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;

beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 21 });
  expect((await s.exec('jq --version')).exitCode).toBe(127);
  const r = await s.exec('dnf install -y jq');
  expect(r.exitCode).toBe(0);
}, 60000);

const lines = (t: string) => t.split('\n').filter(Boolean);

describe('kubectl -o json | jq', () => {
  it('jq -r .items[].metadata.name lists what kubectl get -o name lists', async () => {
    const names = lines((await s.exec('kubectl get pods -n kube-system -o name')).stdout).map((n) => n.replace(/^pod\//, ''));
    expect(names.length).toBeGreaterThan(3);
    const r = await s.exec("kubectl get pods -n kube-system -o json | jq -r '.items[].metadata.name' | cat");
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    expect(lines(r.stdout)).toEqual(names);
    const q = await s.exec("kubectl get pods -n kube-system -o json | jq '.items[].metadata.name' | cat");
    expect(lines(q.stdout)).toEqual(names.map((n) => JSON.stringify(n)));
    expect((await s.exec("kubectl get pods -n kube-system -o json | jq '.items | length' | cat")).stdout).toBe(`${names.length}\n`);
  });

  it('select on the phase, object construction and @tsv', async () => {
    const running = lines((await s.exec('kubectl get pods -n kube-system --field-selector=status.phase=Running -o name')).stdout).map((n) => n.replace(/^pod\//, ''));
    const r = await s.exec(`kubectl get pods -n kube-system -o json | jq -r '.items[] | select(.status.phase=="Running") | .metadata.name' | cat`);
    expect(lines(r.stdout).sort()).toEqual(running.sort());
    const nodes = lines((await s.exec('kubectl get nodes -o name')).stdout).map((n) => n.replace(/^node\//, ''));
    const c = await s.exec(`kubectl get nodes -o json | jq -c '.items[] | {name: .metadata.name, ready: (.status.conditions[] | select(.type == "Ready") | .status)}' | cat`);
    expect(lines(c.stdout)).toEqual(nodes.map((n) => JSON.stringify({ name: n, ready: 'True' })));
    const wide = lines((await s.exec('kubectl get nodes -o wide --no-headers')).stdout).map((l) => l.split(/\s+/));
    const t = await s.exec(`kubectl get nodes -o json | jq -r '.items[] | [.metadata.name, (.status.addresses[] | select(.type == "InternalIP") | .address)] | @tsv' | cat`);
    expect(lines(t.stdout)).toEqual(wide.map((w) => `${w[0]}\t${w[5]}`));
  });

  it('an image from a Deployment the learner created', async () => {
    await s.exec('kubectl create deployment web --image=nginx:1.25 --replicas=2');
    const r = await s.exec(`kubectl get deploy web -o json | jq -r '.spec.template.spec.containers[0].image' | cat`);
    expect(r.stdout).toBe('nginx:1.25\n');
    const e = await s.exec(`kubectl get deploy web -o json | jq -e '.spec.paused' > /dev/null`);
    expect(e.exitCode).toBe(1);
  });

  it('on the terminal jq colours its output as -C does (recorded in tests/golden/jq color-*); -M turns it off', async () => {
    for (const f of ['.kind', '.items[0].metadata', '-c .items[0].status.conditions', '-S .items[0].metadata.labels']) {
      const plain = await s.exec(`kubectl get nodes -o json | jq -M ${f}`);
      const piped = await s.exec(`kubectl get nodes -o json | jq ${f} | cat`);
      expect(plain.stdout).toBe(piped.stdout);
      expect(plain.stdout).not.toContain('\x1b');
      const col = await s.exec(`kubectl get nodes -o json | jq ${f}`);
      const forced = await s.exec(`kubectl get nodes -o json | jq -C ${f} | cat`);
      expect(col.stdout).toBe(forced.stdout);
      expect(col.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain.stdout);
    }
  });
});
