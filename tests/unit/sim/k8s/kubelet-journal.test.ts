import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

/** the POD ID and ATTEMPT of a pod in `crictl pods`, and the POD ID of its container in `crictl ps` */
async function sandbox(s: Awaited<ReturnType<typeof createSession>>, pod: string) {
  const pods = (await s.exec('crictl --runtime-endpoint unix:///run/containerd/containerd.sock pods')).stdout.split('\n');
  const row = pods.find((l) => l.split(/\s{2,}/)[3] === pod)!.split(/\s{2,}/);
  const ps = (await s.exec('crictl --runtime-endpoint unix:///run/containerd/containerd.sock ps')).stdout.split('\n');
  const c = ps.find((l) => l.trim().endsWith(' ' + pod))!.trim().split(/\s{2,}/);
  return { id: row[0], attempt: Number(row[5]), container: c[6] };
}

describe('a pod whose sandbox the kubelet recreates', () => {
  it('gets a new sandbox id and one more ATTEMPT each time, in crictl pods and crictl ps', async () => {
    const s = await createSession({ lab: 'incidents' });
    const seen: { id: string; attempt: number; container: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const now = await sandbox(s, 'etcd-m-k8s');
      expect(now.container).toBe(now.id);
      if (!seen.length || seen[seen.length - 1].id !== now.id) seen.push(now);
      await s.advance(70_000);
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen.map((x) => x.id)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i].attempt).toBeGreaterThan(seen[i - 1].attempt);
  }, 60_000);
});

describe("the kubelet's journal while the API server restarts (cgroup driver mismatch)", () => {
  it('logs the failed node status updates and lease renewals as kubelet 1.28 does', async () => {
    const s = await createSession({ lab: 'incidents' });
    await s.advance(200_000);
    const lines = (await s.exec('journalctl -u kubelet --no-pager')).stdout.trim().split('\n');
    const klog = /^\w{3} \d\d \d\d:\d\d:\d\d m-k8s kubelet\[(\d+)\]: ([IWE])(\d{4} \d\d:\d\d:\d\d\.\d{6}) +(\d+) ([a-z_]+\.go:\d+)\] "([^"]+)"/;
    const status = lines.filter((l) => l.includes('"Error updating node status, will retry"'));
    expect(status.length).toBeGreaterThanOrEqual(5);
    for (const l of lines.filter((x) => x.includes(' kubelet[') && !x.includes(']: Flag --'))) {
      const m = klog.exec(l);
      expect(m, l).not.toBeNull();
      expect(m![4]).toBe(m![1]);
    }
    expect(status[0]).toMatch(/kubelet_node_status\.go:540\] "Error updating node status, will retry" err="error getting node \\"m-k8s\\": Get \\"https:\/\/[\d.]+:6443\/api\/v1\/nodes\/m-k8s\?resourceVersion=0&timeout=10s\\": dial tcp [\d.]+:6443: connect: connection refused"$/);
    expect(lines.some((l) => /kubelet_node_status\.go:527\] "Unable to update node status" err="update node status exceeds retry count"$/.test(l))).toBe(true);
    expect(lines.some((l) => /controller\.go:146\] "Failed to ensure lease exists, will retry" err=.* interval="200ms"$/.test(l))).toBe(true);
    const at = (l: string) => klog.exec(l)![3];
    const stamps = lines.filter((l) => l.includes(' kubelet[') && !l.includes(']: Flag --')).map(at);
    expect(stamps).toEqual([...stamps].sort());
  }, 60_000);

  it('logs a PLEG relist failure every second while containerd is down', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('systemctl stop containerd');
    await s.advance(20_000);
    const lines = (await s.exec('journalctl -u kubelet --no-pager')).stdout.trim().split('\n');
    const pleg = lines.filter((l) => l.includes('generic.go:238] "GenericPLEG: Unable to retrieve pods"'));
    const status = lines.filter((l) => l.includes('remote_runtime.go:633] "Status from runtime service failed"'));
    expect(pleg.length).toBeGreaterThanOrEqual(4 * status.length);
    expect(lines.some((l) => l.includes('kubelet.go:2840] "Container runtime sanity check failed"'))).toBe(true);
  }, 60_000);
});
