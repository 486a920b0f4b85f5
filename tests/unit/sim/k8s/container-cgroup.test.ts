/**
 * A container's processes in their cgroup: with the systemd driver runc puts each sandbox and container in
 * cri-containerd-<id>.scope inside the pod's slice (the cgroupsPath `<slice>:cri-containerd:<id>` crictl inspect
 * shows), and /proc/<pid>/cgroup names it (kernel/cgroup/cgroup.c proc_cgroup_show: `0::/path`).
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('container cgroups on a worker', () => {
  it('puts the pause and kube-proxy in their scopes of the pod slice', async () => {
    const s = await createSession({ lab: 'cluster' });
    for (const l of ['exit', 'exit', 'vagrant ssh w1-k8s', 'sudo crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock']) await s.exec(l);
    const cid = (await s.exec('sudo crictl ps -q --name kube-proxy')).stdout.trim();
    const sb = (await s.exec('sudo crictl pods -q --name kube-proxy')).stdout.trim();
    const uid = (await s.exec(`sudo crictl inspectp ${sb} | grep '"uid"' | head -1`)).stdout.match(/"uid": "([^"]+)"/)![1].replace(/-/g, '_');
    const slice = `/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod${uid}.slice`;
    const pid = (await s.exec('pgrep kube-proxy')).stdout.trim();
    expect((await s.exec(`cat /proc/${pid}/cgroup`)).stdout).toBe(`0::${slice}/cri-containerd-${cid}.scope\n`);
    const pause = (await s.exec(`cat /sys/fs/cgroup${slice}/cri-containerd-${sb}.scope/cgroup.procs`)).stdout.trim();
    expect((await s.exec(`ps -o args= -p ${pause}`)).stdout).toBe('/pause\n');
    expect((await s.exec(`sudo crictl inspect ${cid} | grep cgroupsPath`)).stdout).toContain(`kubepods-besteffort-pod${uid}.slice:cri-containerd:${cid}`);
  });
});
