import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

describe('the troubleshooting lab start and the kubelet with swap on', () => {
  it('shows each fault through what the cluster and the nodes report', async () => {
    const s = await createSession({ lab: 'incidents' });
    const nodes = (await s.exec('kubectl get nodes')).stdout;
    expect(nodes).toMatch(/^w1-k8s +Ready,SchedulingDisabled /m);
    expect(nodes).not.toMatch(/w2-k8s/);
    expect((await s.exec('kubectl get pods')).stdout).toMatch(/^shop-\S+ +0\/1 +Pending /m);
    expect((await s.exec('kubectl describe pod -l app=shop')).stdout).toContain('1 node(s) were unschedulable');
    expect((await s.exec('kubectl get pods -n kube-system')).stdout).toMatch(/^etcd-m-k8s +1\/1 +Running +[1-9]\d* \(/m);
    expect((await s.exec('kubectl get endpoints shop')).stdout).toMatch(/^shop +<none> /m);
    expect(plain((await s.exec('grep SystemdCgroup /etc/containerd/config.toml')).stdout)).toContain('SystemdCgroup = false');
    // the saved join command's token expired: kubeadm lists none, and the join fails on w2-k8s
    expect((await s.exec('kubeadm token list')).stdout.trim().split('\n')).toHaveLength(1);
    expect((await s.exec('cat /root/kubeadm-join.sh')).stdout).toMatch(/^kubeadm join 192\.168\.56\.10:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} /);
  }, 60_000);

  it('a reboot with swap in /etc/fstab leaves the kubelet restarting and the node NotReady until swap is off', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    await s.exec("sudo sed -i 's/^#\\(UUID=.* swap \\)/\\1/' /etc/fstab");
    await s.exec('sudo reboot');
    await s.advance(60_000);
    await s.exec('vagrant ssh m-k8s');
    expect((await s.exec('kubectl get node w1-k8s')).stdout).toMatch(/^w1-k8s +NotReady /m);
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    expect((await s.exec('systemctl status kubelet')).stdout).toContain('Active: activating (auto-restart)');
    expect((await s.exec('sudo journalctl -u kubelet')).stdout).toContain('running with swap on is not supported, please disable swap! or set --fail-swap-on flag to false.');
    await s.exec('sudo swapoff -a');
    await s.advance(20_000);
    expect((await s.exec('systemctl status kubelet')).stdout).toContain('Active: active (running)');
  }, 60_000);
});
