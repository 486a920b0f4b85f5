import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

describe('a worker as the runtimes lab sees it: the kubelet endpoint, Docker beside the kubelet, the node going NotReady', () => {
  it('keeps the flags kubeadm wrote for the kubelet, and they are on its command line', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    const flags = await s.exec('sudo cat /var/lib/kubelet/kubeadm-flags.env');
    expect(flags.stdout).toBe('KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.9"\n');
    expect(plain((await s.exec('ps -ef | grep [k]ubelet')).stdout)).toMatch(/\/usr\/bin\/kubelet .*--config=\/var\/lib\/kubelet\/config\.yaml --container-runtime-endpoint=unix:\/\/\/var\/run\/containerd\/containerd\.sock --pod-infra-container-image=registry\.k8s\.io\/pause:3\.9$/m);
  }, 60_000);

  it("lists Docker's running containers in containerd's moby namespace, apart from the kubelet's", async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    expect((await s.exec('sudo ctr namespaces ls')).stdout).toBe('NAME      LABELS    \nk8s.io              \n');
    await s.exec('sudo dnf install -y docker-ce');
    await s.exec('sudo systemctl enable --now docker');
    const id = (await s.exec('sudo docker run -d nginx:1.25')).stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    // ctr prints "-" for a container without an image (Docker passes none), tabwriter(4, 8, 4, ' ') columns
    expect((await s.exec('sudo ctr -n moby containers ls')).stdout).toBe(
      `CONTAINER                                                           IMAGE    RUNTIME                  \n${id}    -        io.containerd.runc.v2    \n`,
    );
    expect((await s.exec('sudo ctr namespaces ls')).stdout).toBe('NAME      LABELS    \nk8s.io              \nmoby                \n');
    expect((await s.exec('sudo ctr -n k8s.io containers ls')).stdout).not.toContain(id);
    expect((await s.exec('sudo crictl ps -q')).stdout).not.toContain(id.slice(0, 13));
  }, 60_000);

  it('describes a node that went NotReady with every kubelet heartbeat at or after the change it posted', async () => {
    const s = await createSession({ lab: 'cluster' });
    const before = (await s.exec('kubectl describe node w1-k8s')).stdout;
    const net = /^ {2}NetworkUnavailable .*$/m.exec(before)![0];
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    await s.exec('sudo systemctl stop containerd');
    await s.advance(45_000);
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    const after = (await s.exec('kubectl describe node w1-k8s')).stdout;
    // the network plugin's condition keeps the time it was set
    expect(/^ {2}NetworkUnavailable .*$/m.exec(after)![0]).toBe(net);
    const ready = /^ {2}Ready +False +(\w{3}, \d\d \w{3} \d{4} [\d:]{8} \+0000) +(\w{3}, \d\d \w{3} \d{4} [\d:]{8} \+0000) +KubeletNotReady +container runtime is down$/m.exec(after)!;
    expect(ready).not.toBeNull();
    expect(Date.parse(ready[1])).toBeGreaterThanOrEqual(Date.parse(ready[2]));
    for (const t of ['MemoryPressure', 'DiskPressure', 'PIDPressure']) expect(after).toMatch(new RegExp(`^  ${t} +False +${ready[1].replace(/[+]/g, '\\+')} `, 'm'));
  }, 60_000);
});
