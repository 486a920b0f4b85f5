// Leases as the cluster's components hold them: the kubelet's node lease (renewed every 10 s, owned by its Node),
// the leader election leases of the controller manager and the scheduler ("<hostname>_<uuid>"), and the API server's
// identity lease (pkg/controlplane/instance.go); kubectl prints them with the server's NAME/HOLDER/AGE columns.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { upgradeControlPlane } from '../../../../src/sim/k8s/bootstrap';

/** the identity kube-apiserver takes on a host: the lease name, computed with Node's own SHA-256 and base32 */
function apiserverId(host: string): string {
  const part = (s: string) => Buffer.concat([Buffer.from([s.length >> 8, s.length & 255]), Buffer.from(s)]);
  const hash = createHash('sha256').update(Buffer.concat([part(host), part('kube-apiserver')])).digest().subarray(0, 16);
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const b of hash) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += A[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return 'apiserver-' + out.toLowerCase();
}

const renew = (run: (l: string) => { out: string }, ns: string, name: string) => run(`get lease -n ${ns} ${name} -o jsonpath={.spec.renewTime}`).out;

describe('leases', () => {
  it('one per node in kube-node-lease, the two leaders and the API server identity in kube-system', () => {
    const { run } = makeCluster();
    const lines = run('get leases -A').out.trim().split('\n');
    expect(lines[0].split(/\s+/)).toEqual(['NAMESPACE', 'NAME', 'HOLDER', 'AGE']);
    const rows = lines.slice(1).map((l) => l.split(/\s+/));
    expect(rows.map((r) => `${r[0]}/${r[1]}`)).toEqual(['kube-node-lease/m-k8s', 'kube-node-lease/w1-k8s', 'kube-node-lease/w2-k8s', `kube-system/${apiserverId('m-k8s')}`, 'kube-system/kube-controller-manager', 'kube-system/kube-scheduler']);
    expect(rows[1][2]).toBe('w1-k8s');
    expect(rows[3][2]).toMatch(new RegExp(`^${apiserverId('m-k8s')}_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`));
    expect(rows[4][2]).toMatch(/^m-k8s_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(run('get lease -n kube-system -l apiserver.kubernetes.io/identity=kube-apiserver -o name').out).toBe(`lease.coordination.k8s.io/${apiserverId('m-k8s')}\n`);
  });
  it('the node lease: owned by the Node, 40 s, renewed every 10 s with microseconds', () => {
    const { c, run } = makeCluster();
    const y = run('get lease -n kube-node-lease w1-k8s -o yaml').out;
    expect(y).toContain(`  ownerReferences:\n  - apiVersion: v1\n    kind: Node\n    name: w1-k8s\n    uid: ${c.nodeObj('w1-k8s')!.metadata.uid}\n`);
    expect(y).toMatch(/\nspec:\n  holderIdentity: w1-k8s\n  leaseDurationSeconds: 40\n  renewTime: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"\n$/);
    const t0 = Date.parse(renew(run, 'kube-node-lease', 'w1-k8s'));
    expect(c.t - t0).toBeLessThan(10_500);
    c.advance(30_000);
    const t1 = Date.parse(renew(run, 'kube-node-lease', 'w1-k8s'));
    expect(Math.round((t1 - t0) / 10_000)).toBe(3);
  });
  it('a stopped kubelet stops renewing; the node goes NotReady 40 s after it stopped', () => {
    const { c, run } = makeCluster();
    c.setNode('w1-k8s', { kubelet: false });
    const stopped = c.t;
    const last = renew(run, 'kube-node-lease', 'w1-k8s');
    expect(Date.parse(last)).toBeLessThanOrEqual(stopped);
    c.advance(35_000);
    expect(renew(run, 'kube-node-lease', 'w1-k8s')).toBe(last);
    expect(run('get node w1-k8s').out).toMatch(/w1-k8s\s+Ready/);
    c.advance(6_000);
    expect(run('get node w1-k8s').out).toMatch(/w1-k8s\s+NotReady/);
    expect(renew(run, 'kube-node-lease', 'm-k8s')).not.toBe(last);
    // describe node reads the lease
    expect(run('describe node w1-k8s').out).toContain(`  RenewTime:       ${new Date(Date.parse(last)).toUTCString().replace('GMT', '+0000')}\n`);
    c.setNode('w1-k8s', { kubelet: true });
    c.advance(20_000);
    expect(Date.parse(renew(run, 'kube-node-lease', 'w1-k8s'))).toBeGreaterThan(c.t - 10_500);
  });
  it('leader election: a restarted control plane takes its leases over under new identities', () => {
    const { c, run } = makeCluster();
    const before = run('get lease -n kube-system kube-scheduler -o yaml').out;
    expect(before).toMatch(/\nspec:\n  acquireTime: "[^"]+"\n  holderIdentity: m-k8s_\S+\n  leaseDurationSeconds: 15\n  leaseTransitions: 0\n  renewTime: "[^"]+"\n$/);
    c.advance(3_000);
    const r = Date.parse(renew(run, 'kube-system', 'kube-scheduler'));
    expect(c.t - r).toBeLessThan(2_100);
    upgradeControlPlane(c, 'm-k8s', 'v1.29.14');
    const after = run('get lease -n kube-system kube-scheduler -o jsonpath={.spec.holderIdentity}/{.spec.leaseTransitions}').out;
    expect(after).toMatch(/^m-k8s_\S+\/1$/);
    expect(before).not.toContain(after.split('/')[0]);
  });
  it('a deleted node takes its lease with it', () => {
    const { run } = makeCluster();
    run('delete node w2-k8s');
    expect(run('get lease -n kube-node-lease -o name').out).toBe('lease.coordination.k8s.io/m-k8s\nlease.coordination.k8s.io/w1-k8s\n');
  });
});
