import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

// Kubernetes 1.28's NoExecuteTaintManager (pkg/controller/nodelifecycle/scheduler/taint_manager.go): pods on a node
// with the not-ready:NoExecute taint go after their 300 s toleration (DefaultTolerationSeconds), with the
// TaintManagerEviction event of the component taint-controller; the kubelet, its runtime down, cannot stop them.
describe('taint-based eviction from a node that stays NotReady', () => {
  it('marks the pods for deletion after 300 s, replaces them on Ready nodes, and they go when containerd is back', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment web --image=nginx:1.25 --replicas=4');
    await s.advance(60_000);
    const before = (await s.exec('kubectl get pods -o wide')).stdout;
    const onW1 = [...before.matchAll(/^(web-\S+) +1\/1 +Running .* w1-k8s /gm)].map((m) => m[1]);
    expect(onW1.length).toBeGreaterThan(0);
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    await s.exec('sudo systemctl stop containerd');
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    await s.advance(45_000);
    expect((await s.exec('kubectl get node w1-k8s')).stdout).toMatch(/^w1-k8s +NotReady /m);
    expect((await s.exec('kubectl describe node w1-k8s')).stdout).toMatch(/^Taints: +node\.kubernetes\.io\/not-ready:NoExecute$/m);
    // the toleration holds for 300 s from the taint
    await s.advance(200_000);
    expect((await s.exec('kubectl get pods')).stdout).not.toContain('Terminating');
    await s.advance(120_000);
    const pods = (await s.exec('kubectl get pods -o wide')).stdout;
    for (const name of onW1) expect(pods).toMatch(new RegExp(`^${name} +1/1 +Terminating .* w1-k8s `, 'm'));
    const events = (await s.exec('kubectl get events --field-selector reason=TaintManagerEviction')).stdout;
    for (const name of onW1) expect(events).toMatch(new RegExp(`Normal +TaintManagerEviction +pod/${name} +Marking for deletion Pod default/${name}$`, 'm'));
    expect((await s.exec(`kubectl describe pod ${onW1[0]}`)).stdout).toMatch(/Normal +TaintManagerEviction +\S+ +taint-controller +Marking for deletion Pod default\//);
    // the ReplicaSet replaces them on the Ready nodes
    await s.advance(30_000);
    const now = (await s.exec('kubectl get pods -o wide')).stdout;
    expect([...now.matchAll(/^web-\S+ +1\/1 +Running /gm)].length).toBe(4);
    expect(now).not.toMatch(/Running .* w1-k8s /);
    // the kubelet skips pod synchronization while its runtime is down: they stay Terminating
    await s.advance(120_000);
    for (const name of onW1) expect((await s.exec('kubectl get pods')).stdout).toMatch(new RegExp(`^${name} .*Terminating`, 'm'));
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    await s.exec('sudo systemctl start containerd');
    await s.advance(20_000);
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    const after = (await s.exec('kubectl get pods')).stdout;
    for (const name of onW1) expect(after).not.toContain(name);
  }, 120_000);

  it('cancels the scheduled deletions when the node is Ready again in time', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment web --image=nginx:1.25 --replicas=4');
    await s.advance(60_000);
    const onW1 = [...(await s.exec('kubectl get pods -o wide')).stdout.matchAll(/^(web-\S+) .* w1-k8s /gm)].map((m) => m[1]);
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    await s.exec('sudo systemctl stop containerd');
    await s.advance(90_000);
    await s.exec('sudo systemctl start containerd');
    await s.advance(15_000);
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    const events = (await s.exec('kubectl get events --field-selector reason=TaintManagerEviction')).stdout;
    for (const name of onW1) expect(events).toMatch(new RegExp(`TaintManagerEviction +pod/${name} +Cancelling deletion of Pod default/${name}$`, 'm'));
    expect(events).not.toContain('Marking for deletion');
    await s.advance(400_000);
    expect((await s.exec('kubectl get pods')).stdout).not.toContain('Terminating');
  }, 120_000);
});
