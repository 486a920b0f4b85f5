// ps, top and ss on the guests list what the world runs: the box's daemons, the login, and on the cluster the
// kubelet, containerd and the control plane's containers with the ports they listen on.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';
import { help as ssHelp } from '../../../../src/sim/commands/iproute/ss/help';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

describe('ps', () => {
  it('prints the login shell and itself by default, with Rocky 9’s 7-wide PID column', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const r = await s.exec('ps');
    expect(r.stdout).toMatch(/^ {4}PID TTY {10}TIME CMD\n {3}\d{4} pts\/0 {4}00:00:00 bash\n {3}\d{4} pts\/0 {4}00:00:00 ps\n$/);
  });

  it('aux and -ef list the box’s daemons; the same seed gives the same PIDs', async () => {
    const a = await createSession({ lab: 'vm', seed: 3 });
    const b = await createSession({ lab: 'vm', seed: 3 });
    const aux = (await a.exec('ps aux | cat')).stdout;
    expect(aux.split('\n')[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(aux).toMatch(/\nroot {11}1 .* \/usr\/lib\/systemd\/systemd --switched-root --system --deserialize 31\n/);
    expect(aux).toMatch(/\nroot {9}712 .* sshd: \/usr\/sbin\/sshd -D -u0 \[listener\] 0 of 10-100 startups\n/);
    expect(aux).toMatch(/\nvagrant +\d+ .* pts\/0 +Ss .* -bash\n/);
    expect(aux).not.toMatch(/kubelet|containerd/);
    const ef = (await a.exec('ps -ef | cat')).stdout;
    expect(ef.split('\n')[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    const pids = (t: string) => t.split('\n').slice(1, -2).map((l) => l.split(/\s+/)[1]);
    expect(pids((await b.exec('ps -ef | cat')).stdout)).toEqual(pids(ef));
  });

  it('right after boot no process has a negative CPU time, and the login is neither before boot nor in the future', async () => {
    const s = await createSession({ lab: 'nodes', seed: 3 });
    await s.exec('sudo -i');
    const ef = (await s.exec('ps -ef | cat')).stdout;
    expect(ef).not.toMatch(/-1:/);
    expect((await s.exec('top -bn1 | cat')).stdout).not.toMatch(/-1:/);
    expect((await s.exec('ps -eo etime | cat')).stdout).not.toMatch(/-/);
    // STIME (HH:MM) of the login's processes lies between the boot (who -b) and now (date)
    const boot = (await s.exec('who -b')).stdout.trim().slice(-5);
    const now = (await s.exec('date +%H:%M')).stdout.trim();
    for (const l of ef.split('\n').filter((x) => /sshd: vagrant|-bash$|sudo -i$/.test(x))) {
      const st = l.split(/\s+/)[4];
      expect(st >= boot && st <= now).toBe(true);
    }
    const login = (await s.exec('w -h | cat')).stdout.split(/\s+/)[3];
    expect(login >= boot && login <= now).toBe(true);
    // the login does not move as time passes
    await s.advance(600_000);
    expect((await s.exec('ps -ef | cat')).stdout.split('\n').find((l) => l.endsWith('sshd: vagrant [priv]'))).toBe(ef.split('\n').find((l) => l.endsWith('sshd: vagrant [priv]'))!);
  });

  it('--forest draws the login under sshd; the children of PID 1 start trees of their own', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const lines = (await s.exec('ps -ef --forest | cat')).stdout.split('\n');
    const i = lines.findIndex((l) => l.endsWith(' sshd: /usr/sbin/sshd -D -u0 [listener] 0 of 10-100 startups'));
    expect(lines[i + 1]).toMatch(/ 00:00:00  \\_ sshd: vagrant \[priv\]$/);
    expect(lines[i + 2]).toMatch(/ 00:00:00      \\_ sshd: vagrant@pts\/0$/);
    expect(lines[i + 3]).toMatch(/ 00:00:00          \\_ -bash$/);
  });

  it('on the control-plane node lists the kubelet with kubeadm’s flags and the control plane under containerd’s shims', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const out = plain((await s.exec('ps aux | grep -v grep | grep -e kube-apiserver -e kubelet -e etcd')).stdout);
    expect(out).toMatch(/\nroot +\d+ .* kube-apiserver --advertise-address=192\.168\.56\.10 .*--secure-port=6443/);
    expect(out).toMatch(/^root +\d+ .* \/usr\/bin\/kubelet --bootstrap-kubeconfig=\/etc\/kubernetes\/bootstrap-kubelet.conf --kubeconfig=\/etc\/kubernetes\/kubelet.conf --config=\/var\/lib\/kubelet\/config.yaml/m);
    expect(out).toMatch(/\nroot +\d+ .* etcd /);
    const forest = (await s.exec('ps -ef --forest | cat')).stdout.split('\n');
    const shim = forest.findIndex((l) => l.includes('containerd-shim-runc-v2 -namespace k8s.io'));
    expect(forest[shim + 1]).toMatch(/ \\_ \/pause$/);
  });

  it('bad options in ps’s words', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const r = await s.exec('ps --bogus');
    expect(r.stderr).toBe("error: unknown gnu long option\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n");
    expect(r.exitCode).toBe(1);
  });
});

describe('top', () => {
  it('-bn1 prints one frame sorted by %CPU', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const lines = (await s.exec('top -bn1')).stdout.split('\n');
    expect(lines[0]).toMatch(/^top - \d\d:\d\d:\d\d up .*,  1 user,  load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d$/);
    expect(lines[1]).toMatch(/^Tasks: +\d+ total, +1 running, +\d+ sleeping, +0 stopped, +0 zombie$/);
    expect(lines[3]).toMatch(/^MiB Mem : +\d+\.\d total, +\d+\.\d free, +\d+\.\d used, +\d+\.\d buff\/cache$/);
    expect(lines[6]).toBe('    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND');
    expect(lines[7]).toMatch(/ kube-apiserver$/);
    for (const l of lines.slice(7, -1)) expect(l.length, l).toBeLessThanOrEqual(7 + 1 + 8 + 1 + 3 + 1 + 3 + 1 + 7 + 1 + 6 + 1 + 6 + 3 + 5 + 1 + 5 + 1 + 9 + 1 + 15);
  });

  it('-h and a bad option as top.c words them', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect(await s.exec('top -h')).toMatchObject({ stdout: '  procps-ng 3.3.17\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]\n', exitCode: 0 });
    expect(await s.exec('top -Q')).toMatchObject({ stderr: "top: unknown option 'Q'\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]\n", exitCode: 1 });
  });
});

describe('ss', () => {
  it('-tlnp on the control-plane node shows what the cluster listens on, in ss’s columns', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const out = (await s.exec('ss -tlnp')).stdout;
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess +$/);
    expect(out).toMatch(/\nLISTEN 0      4096   192\.168\.56\.10:2379       0\.0\.0\.0:\*    users:\(\("etcd",pid=\d+,fd=9\)\) *\n/);
    expect(out).toMatch(/\nLISTEN 0      4096               \*:6443             \*:\*    users:\(\("kube-apiserver",pid=\d+,fd=3\)\) *\n/);
    expect(out).toMatch(/\nLISTEN 0      4096       127\.0\.0\.1:10259      0\.0\.0\.0:\*    users:\(\("kube-scheduler",pid=\d+,fd=3\)\)/);
    expect(out).toMatch(/\nLISTEN 0      128          0\.0\.0\.0:22         0\.0\.0\.0:\*    users:\(\("sshd",pid=712,fd=3\)\)/);
    expect(new Set(lines.slice(0, -1).map((l) => l.length)).size).toBe(1);
  });

  it('a plain box listens on ssh and rpcbind only; without root -p shows no owners', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect((await s.exec('ss -tln')).stdout).toBe(
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n' +
        'LISTEN 0      128          0.0.0.0:22        0.0.0.0:*          \n' +
        'LISTEN 0      4096         0.0.0.0:111       0.0.0.0:*          \n' +
        'LISTEN 0      128             [::]:22           [::]:*          \n' +
        'LISTEN 0      4096            [::]:111          [::]:*          \n',
    );
    expect((await s.exec('ss -tlnp')).stdout).not.toContain('users:');
    expect((await s.exec('ss -tl')).stdout).toContain('0.0.0.0:ssh ');
  });

  it('after systemctl restart sshd, port 22 belongs to the new listener (its Main PID), not to the login', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    await s.exec('sudo systemctl restart sshd');
    const main = /Main PID: (\d+) \(sshd\)/.exec((await s.exec('systemctl status sshd')).stdout)![1];
    expect(main).not.toBe('712');
    const out = (await s.exec('sudo ss -tlnp')).stdout;
    expect(out).toContain(`0.0.0.0:22        0.0.0.0:*    users:(("sshd",pid=${main},fd=3))`);
    expect(out).toContain(`[::]:22           [::]:*    users:(("sshd",pid=${main},fd=4))`);
  });

  it('-h prints iproute2’s usage; a bad option prints it to stderr and exits 255', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect((await s.exec('ss -h')).stdout).toBe(ssHelp);
    const r = await s.exec('ss --bogus');
    expect(r.stderr).toBe("ss: unrecognized option '--bogus'\n" + ssHelp);
    expect(r.exitCode).toBe(255);
  });
});

describe('ip', () => {
  it('shows the IPv6 link-local address the kernel derives from each MAC; usage and errors in ip’s words', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const mac = s.world.host('default').ifaces.find((i) => i.name === 'eth0')!.mac;
    const b = mac.split(':').map((x) => parseInt(x, 16));
    const ll = `fe80::${((b[0] ^ 2) << 8 | b[1]).toString(16)}:${(b[2] << 8 | 0xff).toString(16)}:${(0xfe << 8 | b[3]).toString(16)}:${(b[4] << 8 | b[5]).toString(16)}`;
    expect((await s.exec('ip -br a')).stdout).toBe(`lo               UNKNOWN        127.0.0.1/8 ::1/128 \neth0             UP             10.0.2.15/24 ${ll}/64 \n`);
    expect((await s.exec('ip a show eth0')).stdout).toContain(`    inet6 ${ll}/64 scope link noprefixroute \n       valid_lft forever preferred_lft forever\n`);
    expect(await s.exec('ip -bogus')).toMatchObject({ stderr: 'Option "-bogus" is unknown, try "ip -help".\n', exitCode: 255 });
    expect(await s.exec('ip foo')).toMatchObject({ stderr: 'Object "foo" is unknown, try "ip help".\n', exitCode: 1 });
    const u = await s.exec('ip');
    expect(u.stderr).toMatch(/^Usage: ip \[ OPTIONS \] OBJECT \{ COMMAND \| help \}\n {7}ip \[ -force \] -batch filename\n/);
    expect(u.exitCode).toBe(255);
  });
});
