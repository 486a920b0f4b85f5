// The kubelet's file source runs what /etc/kubernetes/manifests holds: the API server's manifest (or etcd's)
// moved away or no longer a Pod takes the API server down, and kubectl gets the refused connection its
// client prints (recorded texts in kubectl's client tests); put back, the API server answers again.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const REFUSED = 'The connection to the server 192.168.56.10:6443 was refused - did you specify the right host or port?\n';

describe('static Pod manifests on the control plane', () => {
  it('a kube-apiserver.yaml moved away takes the API server down until it is back', async () => {
    const { s, sh } = await lab('cluster', 4);
    await sh('sudo -i');
    await sh('mv /etc/kubernetes/manifests/kube-apiserver.yaml /root/');
    await s.advance(5_000);
    const down = await sh('kubectl get nodes');
    expect(down.exitCode).toBe(1);
    expect(down.stderr.endsWith(REFUSED)).toBe(true);
    await sh('mv /root/kube-apiserver.yaml /etc/kubernetes/manifests/');
    await s.advance(1_000);
    expect((await sh('kubectl get nodes')).exitCode).toBe(1);
    await s.advance(20_000);
    const up = await sh('kubectl get nodes');
    expect(up.exitCode, up.stderr).toBe(0);
  });
  it('an etcd.yaml that no longer decodes as a Pod takes it down as well', async () => {
    const { s, sh } = await lab('cluster', 4);
    await sh('sudo -i');
    await sh('cp /etc/kubernetes/manifests/etcd.yaml /root/etcd.yaml');
    await sh("printf 'kind: Pod\\n  metadata: [\\n' > /etc/kubernetes/manifests/etcd.yaml");
    await s.advance(3_000);
    expect((await sh('kubectl get pods -A')).stderr.endsWith(REFUSED)).toBe(true);
    await sh('cp /root/etcd.yaml /etc/kubernetes/manifests/etcd.yaml');
    await s.advance(20_000);
    expect((await sh('kubectl get pods -A')).exitCode).toBe(0);
  });
});
