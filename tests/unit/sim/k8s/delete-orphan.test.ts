/**
 * kubectl delete --cascade=orphan (and the deprecated --cascade=false): the owner goes, its dependents stay without
 * its ownerReference (the garbage collector's orphan finalizer). The flag texts are checked against kubectl 1.28.15
 * in tests/golden/kubectl/1.28/delete_*--cascade*.
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubectl delete --cascade=orphan', () => {
  it('leaves the ReplicaSet and its pods running', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment hello --image=nginx:1.25 --replicas=2');
    await s.advance(30_000);
    expect((await s.exec('kubectl delete deployment hello --cascade=orphan')).stdout).toBe('deployment.apps "hello" deleted\n');
    await s.advance(10_000);
    expect((await s.exec('kubectl get rs -o name')).stdout).toMatch(/^replicaset\.apps\/hello-\w+\n$/);
    expect((await s.exec(`kubectl get rs -o jsonpath='{.items[0].metadata.ownerReferences}'`)).stdout).toBe('');
    const r = await s.exec('kubectl delete rs --all --cascade=false');
    expect(r.output).toMatch(/^warning: --cascade=false is deprecated \(boolean value\) and can be replaced with --cascade=orphan\.\nreplicaset\.apps "hello-\w+" deleted\n$/);
    await s.advance(10_000);
    const pods = (await s.exec('kubectl get pods --no-headers')).stdout.trim().split('\n');
    expect(pods.map((l) => l.split(/\s+/)[2])).toEqual(['Running', 'Running']);
  });
});
