// /proc on the Rocky guests: a pseudo file system built from the world when it is looked up (src/sim/pseudo.ts,
// commands/lib/procfs): a directory per process of ps's table, self, the system files and sys/ from the sysctl
// model, the ptrace access rules for a user, and nothing of it kept in a snapshot.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { restoreWorld, saveWorld } from '../../../../src/sim/snapshot';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plain, plainRun } from '../plain';

/** What scripts/golden/record-procfs.sh recorded from this machine's /proc. */
const golden = (name: string) => readFileSync(path.join(import.meta.dirname, '../../../golden/procfs', name), 'utf8');

let s: Session;
beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
});

const run = async (line: string) => plainRun(await s.exec(line));

describe('/proc', () => {
  it('lists a directory per process that ps shows, and the system files', async () => {
    const ps = (await run('ps -e -o pid=')).output.split('\n').map((l) => l.trim()).filter(Boolean);
    const ls = (await run('ls -1 /proc')).output.split('\n');
    for (const pid of ps.filter((p) => Number(p) < 1000)) expect(ls).toContain(pid);
    for (const f of ['cmdline', 'cpuinfo', 'loadavg', 'meminfo', 'modules', 'mounts', 'net', 'partitions', 'self', 'swaps', 'sys', 'thread-self', 'uptime', 'version']) expect(ls).toContain(f);
  });

  it('gives the kernel command line of the kickstart\'s bootloader line', async () => {
    const r = await run('cat /proc/cmdline');
    expect(r.output).toMatch(/^BOOT_IMAGE=\(hd0,gpt3\)\/vmlinuz-5\.14\.0-\S+ root=UUID=\S+ ro no_timer_check console=tty0 console=ttyS0,115200n8 net\.ifnames=0 biosdevname=0 elevator=noop\n$/);
  });

  it('/proc/self is the command that reads it, its cmdline NUL-separated', async () => {
    const r = await run('cat /proc/self/cmdline');
    expect(r.output).toBe('cat\0/proc/self/cmdline\0');
    const st = await run('cat /proc/self/status');
    expect(st.output).toMatch(/^Name:\tcat\nState:\tR \(running\)\n/);
    expect(st.output).toContain('Uid:\t1000\t1000\t1000\t1000\n');
    expect((await run('cat /proc/self/comm')).output).toBe('cat\n');
    // a redirection opens the file in the command's own process
    expect((await run('tr "\\0" " " < /proc/self/cmdline')).output).toBe('tr \\0   ');
  });

  it('loadavg counts the processes and ends with the newest PID', async () => {
    const r = await run('cat /proc/loadavg');
    expect(r.output).toMatch(/^0\.00 0\.01 0\.00 1\/\d+ \d+\n$/);
  });

  it('mounts is self/mounts, the mount table as mount(8) reads it', async () => {
    expect((await run('readlink /proc/mounts')).output).toBe('self/mounts\n');
    const r = await run('cat /proc/mounts');
    expect(r.output.split('\n')[0]).toBe('proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0');
  });

  it('a user may not read the links or environment of root\'s processes; root may', async () => {
    const ls = await run('ls -l /proc/1/exe');
    expect(ls.exitCode).toBe(1);
    expect(ls.output).toContain("ls: cannot read symbolic link '/proc/1/exe': Permission denied\n");
    expect((await run('cat /proc/1/environ')).output).toBe('cat: /proc/1/environ: Permission denied\n');
    expect((await run('sudo readlink /proc/1/exe')).output).toBe('/usr/lib/systemd/systemd\n');
    expect((await run('readlink /proc/self/cwd')).output).toBe('/home/vagrant\n');
    expect((await run('readlink /proc/self/exe')).output).toBe('/usr/bin/readlink\n');
    expect((await run('readlink /proc/$$/exe')).output).toBe('/usr/bin/bash\n');
  });

  it('the shell\'s descriptors are the terminal', async () => {
    expect((await run('ls -1 /proc/self/fd')).output).toBe('0\n1\n2\n');
    expect((await run('readlink /proc/self/fd/0')).output).toBe('/dev/pts/0\n');
  });

  it('sys/ holds the sysctl keys, and a write through it is what sysctl reads', async () => {
    expect((await run('ls /proc/sys/net/ipv4')).output).toContain('ip_forward');
    expect((await run('cat /proc/sys/net/ipv4/ip_forward')).output).toBe('0\n');
    await run('sudo sh -c "echo 1 > /proc/sys/net/ipv4/ip_forward"');
    expect((await run('sysctl net.ipv4.ip_forward')).output).toBe('net.ipv4.ip_forward = 1\n');
    expect((await run('find /proc/sys -name ip_forward')).output).toBe('/proc/sys/net/ipv4/ip_forward\n');
    await run('sudo sh -c "echo 0 > /proc/sys/net/ipv4/ip_forward"');
  });

  it('nothing can be made or removed in it', async () => {
    expect((await run('mkdir /proc/x')).output).toBe('mkdir: cannot create directory ‘/proc/x’: Permission denied\n');
    expect((await run('sudo mkdir /proc/x')).output).toBe('mkdir: cannot create directory ‘/proc/x’: No such file or directory\n');
  });

  it('cgroup names the process\'s cgroup in the unified hierarchy, as /sys/fs/cgroup holds it', async () => {
    expect((await run('cat /proc/self/cgroup')).output).toBe('0::/user.slice/user-1000.slice/session-4.scope\n');
    expect((await run('cat /proc/1/cgroup')).output).toBe('0::/init.scope\n');
    const pid = (await run('systemctl show -p MainPID --value sshd')).output.trim();
    expect((await run(`cat /proc/${pid}/cgroup`)).output).toBe('0::/system.slice/sshd.service\n');
    expect((await run('cat /sys/fs/cgroup/system.slice/sshd.service/cgroup.procs')).output).toBe(pid + '\n');
  });

  it('prints the kernel\'s headers and status keys in the kernel\'s order', async () => {
    expect((await run('head -1 /proc/net/route')).output).toBe(golden('route-header'));
    expect((await run('head -2 /proc/partitions')).output).toBe(golden('partitions-header'));
    expect((await run('head -1 /proc/swaps')).output).toBe(golden('swaps-header'));
    const order = golden('status-keys').trim().split('\n');
    const keys = (await run('cat /proc/self/status')).output.trim().split('\n').map((l) => l.split(':')[0]);
    const at = keys.map((k) => order.indexOf(k));
    expect(at).not.toContain(-1);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('stat -f names the proc file system', async () => {
    expect((await run('stat -fc %T /proc')).output).toBe('proc\n');
  });

  it('is not kept in a snapshot, and comes back on restore', async () => {
    const world = s.world;
    const snap = await saveWorld(world);
    const text = JSON.stringify(snap);
    expect(text).not.toContain('BOOT_IMAGE');
    const back = await restoreWorld(JSON.parse(text));
    const guest = [...back.hosts.values()].find((h) => h.kind === 'linux')!;
    expect(guest.fs.list('/proc')).toContainEqual(expect.objectContaining({ name: 'cmdline' }));
  });
});

describe('$$ and $PPID', () => {
  it('are the shell\'s PIDs in ps and /proc, for the login shell and for a root shell', async () => {
    const t = await createSession({ lab: 'vm', seed: 3 });
    const [pid, ppid] = (await t.exec('echo $$ $PPID')).output.trim().split(' ');
    expect((await t.exec('ps -o pid,ppid,args')).output).toMatch(new RegExp(`^ +${pid} +${ppid} -bash$`, 'm'));
    expect((await t.exec('cat /proc/$$/comm')).output).toBe('bash\n');
    expect(plain((await t.exec('ls -1 /proc/$$/fd')).output)).toBe('0\n1\n2\n255\n');
    await t.exec('sudo -i');
    const [root, sudo] = (await t.exec('echo $$ $PPID')).output.trim().split(' ');
    expect(root).not.toBe(pid);
    expect((await t.exec('ps -o pid,ppid,args')).output).toMatch(new RegExp(`^ +${sudo} +${pid} sudo -i\\n +${root} +${sudo} -bash$`, 'm'));
    expect(plain((await t.exec('grep PPid /proc/$$/status')).output)).toBe(`PPid:\t${sudo}\n`);
  });
});
