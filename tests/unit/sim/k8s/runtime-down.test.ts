import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('containerd on a node: its unit, /run/containerd, and stopping it while its containers live on', () => {
  it('installs the unit file of the containerd.io package and shows the state directory with its sockets', async () => {
    const s = await createSession({ lab: 'cluster' });
    const cat = (await s.exec('systemctl cat containerd')).stdout;
    expect(cat.startsWith('# /usr/lib/systemd/system/containerd.service\n# Copyright The containerd Authors.\n')).toBe(true);
    expect(cat).toContain('After=network.target local-fs.target dbus.service\n');
    expect(cat).toContain('ExecStartPre=-/sbin/modprobe overlay\nExecStart=/usr/bin/containerd\n\nType=notify\nDelegate=yes\nKillMode=process\n');
    await s.exec('exit');
    expect((await s.exec('ls /run/containerd')).stderr).toBe("ls: cannot open directory '/run/containerd': Permission denied\n");
    const ls = (await s.exec('sudo ls -l /run/containerd')).stdout;
    expect(ls).toMatch(/^srw-rw----\. 1 root root +0 .* containerd\.sock$/m);
    expect(ls).toMatch(/^srw-rw----\. 1 root root +0 .* containerd\.sock\.ttrpc$/m);
    expect(ls).toMatch(/^drwx--x--x\. .* io\.containerd\.runtime\.v2\.task$/m);
    expect(ls).toMatch(/^drwx--x--x\. .* io\.containerd\.grpc\.v1\.cri$/m);
    // a task directory per running container and sandbox: crictl's ids are their prefixes
    const tasks = (await s.exec('sudo ls /run/containerd/io.containerd.runtime.v2.task/k8s.io')).stdout.trim().split('\n');
    const running = (await s.exec('sudo crictl ps -q')).stdout.trim().split('\n');
    const sandboxes = (await s.exec('sudo crictl pods -q')).stdout.trim().split('\n');
    expect(running.length).toBeGreaterThan(3);
    for (const id of [...running, ...sandboxes]) expect(tasks.some((t) => t.startsWith(id))).toBe(true);
    expect(tasks).toHaveLength(running.length + sandboxes.length);
  }, 60_000);

  it('stops containerd: shims and containers run on, crictl fails, the node goes NotReady, and comes back on start', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment web --image=nginx:1.25 --replicas=2');
    await s.advance(60_000);
    const pods = (await s.exec('kubectl get pods -o wide')).stdout;
    expect(pods).toMatch(/^web-\S+ +1\/1 +Running /m);
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    const shimsBefore = (await s.exec('ps aux | cat')).stdout.split('\n').filter((l) => l.includes('containerd-shim-runc-v2'));
    expect(shimsBefore.length).toBeGreaterThan(0);
    // the web pods started after the lab's start have their task directories too
    const tasks = (await s.exec('sudo ls /run/containerd/io.containerd.runtime.v2.task/k8s.io')).stdout;
    for (const id of (await s.exec('sudo crictl ps -q --name nginx')).stdout.trim().split('\n').filter(Boolean)) expect(tasks).toContain(id);
    expect((await s.exec('sudo crictl ps -q')).stdout.trim().split('\n').length).toBeGreaterThan(shimsBefore.length - 1);
    await s.exec('sudo systemctl stop containerd');
    // the daemon is gone, its shims and the containers under them are not
    const ps = (await s.exec('ps aux | cat')).stdout;
    expect(ps).not.toMatch(/ \/usr\/bin\/containerd$/m);
    expect(ps.split('\n').filter((l) => l.includes('containerd-shim-runc-v2'))).toEqual(shimsBefore);
    expect(ps).toMatch(/nginx: master process/);
    const status = (await s.exec('systemctl status containerd')).stdout;
    expect(status).toContain('Active: inactive (dead)');
    expect(status).toMatch(/CGroup: \/system\.slice\/containerd\.service\n +[├└]─\d+ \/usr\/bin\/containerd-shim-runc-v2 -namespace k8s\.io -id [0-9a-f]{64} -address \/run\/containerd\/containerd\.sock\n/);
    expect(status).toMatch(/systemd\[1\]: containerd\.service: Unit process \d+ \(containerd-shim\) remains running after unit stopped\./);
    // the sockets went with the daemon
    const run = (await s.exec('sudo ls /run/containerd')).stdout;
    expect(run).not.toContain('containerd.sock');
    expect(run).toContain('io.containerd.runtime.v2.task');
    const crictl = await s.exec('sudo crictl ps');
    expect(crictl.exitCode).toBe(1);
    expect(crictl.stderr).toContain('connect: no such file or directory');
    // within the runtime-down threshold the node is still Ready; after it, NotReady with the kubelet's words
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    expect((await s.exec('kubectl get node w1-k8s')).stdout).toMatch(/^w1-k8s +Ready /m);
    await s.advance(45_000);
    expect((await s.exec('kubectl get node w1-k8s')).stdout).toMatch(/^w1-k8s +NotReady /m);
    const describe = (await s.exec('kubectl describe node w1-k8s')).stdout;
    expect(describe).toMatch(/Ready +False .* KubeletNotReady +container runtime is down/);
    // the pods on the node keep running (and their endpoints keep serving)
    expect((await s.exec('kubectl get pods -o wide')).stdout).not.toMatch(/Terminating|Unknown/);
    await s.advance(180_000);
    expect((await s.exec('kubectl describe node w1-k8s')).stdout).toMatch(/KubeletNotReady +\[container runtime is down, PLEG is not healthy: pleg was last seen active 3m\d+(\.\d+)?s ago; threshold is 3m0s\]/);
    await s.exec('exit');
    await s.exec('vagrant ssh w1-k8s');
    const journal = (await s.exec('sudo journalctl -u kubelet --no-pager')).stdout;
    expect(journal).toMatch(/kubelet\[\d+\]: E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ remote_runtime\.go:633\] "Status from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix \/var\/run\/containerd\/containerd\.sock: connect: no such file or directory\\""/);
    expect(journal).toContain('"Skipping pod synchronization" err="container runtime is down"');
    expect(journal).toMatch(/"Node became not ready" node="w1-k8s" condition=\{"type":"Ready","status":"False",.*"reason":"KubeletNotReady","message":"container runtime is down"\}/);
    expect(journal).toContain('"Successfully registered node" node="w1-k8s"');
    // the last lines follow the world: -n 3 shows the newest three
    expect((await s.exec('sudo journalctl -u kubelet -n 3 --no-pager')).stdout.trim().split('\n')).toEqual(journal.trim().split('\n').slice(-3));
    await s.exec('sudo systemctl start containerd');
    // RHEL 9's systemd 252-46 logs the left-over shims found on start at debug level: not in the journal
    const cj = (await s.exec('sudo journalctl -u containerd --no-pager')).stdout;
    expect(cj).toMatch(/containerd\.service: Unit process \d+ \(containerd-shim\) remains running after unit stopped\./);
    expect(cj).not.toContain('Found left-over process');
    expect((await s.exec('sudo crictl ps')).exitCode).toBe(0);
    await s.advance(15_000);
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    expect((await s.exec('kubectl get node w1-k8s')).stdout).toMatch(/^w1-k8s +Ready /m);
  }, 120_000);
});
