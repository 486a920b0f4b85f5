import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

/** NAME READY STATUS RESTARTS … NODE of `kubectl get pods -A -o wide`, by pod name */
function rows(out: string): Map<string, { restarts: number; node: string }> {
  const m = new Map<string, { restarts: number; node: string }>();
  for (const l of out.trim().split('\n').slice(1)) {
    const f = l.split(/\s{2,}/);
    m.set(f[1], { restarts: Number(f[4].split(' ')[0]), node: f[7] });
  }
  return m;
}

describe("a node whose containerd uses cgroupfs under a kubelet on systemd's driver", () => {
  it('restarts every pod of that node, and only of that node, each time its sandbox is found changed', async () => {
    // the troubleshooting start: m-k8s's config.toml was regenerated with SystemdCgroup = false
    const s = await createSession({ lab: 'incidents' });
    expect(plain((await s.exec('grep SystemdCgroup /etc/containerd/config.toml')).stdout)).toBe('            SystemdCgroup = false\n');
    await s.advance(200_000);
    let out = '';
    for (let i = 0; i < 20 && !out; i++) {
      const r = await s.exec('kubectl get pods -A -o wide');
      if (r.exitCode === 0) out = r.stdout;
      else await s.advance(5_000);
    }
    const pods = rows(out);
    const onCp = [...pods].filter(([, p]) => p.node === 'm-k8s');
    const elsewhere = [...pods].filter(([, p]) => p.node !== 'm-k8s');
    // the static pods, kube-proxy and flannel's agent on m-k8s all restart; the pods on w1-k8s keep running
    expect(onCp.map(([n]) => n).sort()).toEqual(['etcd-m-k8s', 'kube-apiserver-m-k8s', 'kube-controller-manager-m-k8s', 'kube-flannel-ds-dsfhb', 'kube-proxy-zdlcz', 'kube-scheduler-m-k8s']);
    for (const [name, p] of onCp) expect({ name, restarted: p.restarts > 0 }).toEqual({ name, restarted: true });
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const [name, p] of elsewhere) expect({ name, restarts: p.restarts }).toEqual({ name, restarts: 0 });
    // the kubelet's events say why: the sandbox changed, and it stopped the containers to start them again
    let events = '';
    for (let i = 0; i < 20 && !events; i++) {
      const r = await s.exec('kubectl describe pod -n kube-system etcd-m-k8s');
      if (r.exitCode === 0) events = r.stdout.slice(r.stdout.indexOf('Events:'));
      else await s.advance(5_000);
    }
    expect(events).toMatch(/^ {2}Normal {2}SandboxChanged +\S+ \(x\d+ over \S+\) +kubelet +Pod sandbox changed, it will be killed and re-created\.$/m);
    expect(events).toMatch(/^ {2}Normal {2}Killing +\S+ \(x\d+ over \S+\) +kubelet +Stopping container etcd$/m);
  }, 60_000);

  it('is steady again once SystemdCgroup is true and containerd restarted', async () => {
    const s = await createSession({ lab: 'incidents' });
    await s.exec("sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml");
    await s.exec('systemctl restart containerd');
    await s.advance(60_000);
    const before = rows((await s.exec('kubectl get pods -A -o wide')).stdout).get('etcd-m-k8s')!.restarts;
    for (let i = 0; i < 6; i++) {
      await s.advance(60_000);
      expect((await s.exec('kubectl get pods -A -o wide')).exitCode).toBe(0);
    }
    expect(rows((await s.exec('kubectl get pods -A -o wide')).stdout).get('etcd-m-k8s')!.restarts).toBe(before);
  }, 60_000);
});

describe("the kubelet's journal while its runtime is down", () => {
  it('logs each failed status check from the CRI client first, then where the kubelet got it back', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    await s.exec('sudo systemctl stop containerd');
    await s.advance(60_000);
    const lines = (await s.exec('sudo journalctl -u kubelet --no-pager')).stdout.trim().split('\n');
    const at = (l: string) => / (\d\d:\d\d:\d\d\.\d{6}) /.exec(l)![1];
    const status = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes('"Status from runtime service failed"'));
    expect(status.length).toBeGreaterThan(5);
    for (const [l, i] of status) {
      expect(lines[i + 1]).toContain('"Container runtime sanity check failed"');
      expect(at(lines[i + 1]) > at(l)).toBe(true);
    }
    // and the journal's own order is the order of the kubelet's timestamps
    const stamps = lines.filter((l) => l.includes(' kubelet[') && !l.includes(']: Flag --')).map(at);
    expect(stamps).toEqual([...stamps].sort());
  }, 60_000);
});
