// Flannel's DaemonSet deleted: the nodes keep /etc/cni/net.d/10-flannel.conflist and /run/flannel/subnet.env, so
// new pods still get addresses; after a reboot /run is empty and the flannel CNI plugin (flannel-io/cni-plugin)
// fails every sandbox with its subnet.env error until flanneld runs on the node again. The node stays Ready (its
// CNI configuration is there).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { FLANNEL } from './helpers';

describe('flannel deleted, then a node rebooted', () => {
  it('leaves the rebooted node Ready with its new pods in ContainerCreating until flannel is applied again', async () => {
    const { s, sh } = await lab('cluster', 6);
    await sh('kubectl delete -n kube-flannel daemonset kube-flannel-ds');
    await s.advance(20_000);
    // w2-k8s cordoned (and m-k8s tainted): new pods go to w1-k8s
    await sh('kubectl cordon w2-k8s');
    await sh('kubectl run before --image=nginx');
    await s.advance(30_000);
    expect((await sh('kubectl get pod before -o wide')).stdout).toMatch(/before +1\/1 +Running .* w1-k8s /);
    for (const l of ['exit', 'exit', 'vagrant reload w1-k8s', 'vagrant ssh m-k8s', 'sudo -i']) await sh(l);
    expect(s.frame.hostId).not.toBe('host');
    await s.advance(60_000);
    expect((await sh('kubectl get node w1-k8s')).stdout).toMatch(/w1-k8s +Ready /);
    await sh('kubectl run after --image=nginx');
    await s.advance(30_000);
    expect((await sh('kubectl get pod after')).stdout).toMatch(/after +0\/1 +ContainerCreating/);
    const ev = (await sh('kubectl describe pod after')).stdout;
    expect(ev).toMatch(/Warning +FailedCreatePodSandBox .* kubelet +Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "[0-9a-f]{64}": plugin type="flannel" failed \(add\): failed to load flannel 'subnet\.env' file: open \/run\/flannel\/subnet\.env: no such file or directory\. Check the flannel pod log for this node\./);
    await sh(`kubectl apply -f ${FLANNEL}`);
    await s.advance(90_000);
    expect((await sh('kubectl get pod after')).stdout).toMatch(/after +1\/1 +Running/);
  });
});
