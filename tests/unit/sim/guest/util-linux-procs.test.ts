// renice, taskset, chrt, ionice and prlimit over the guest's processes; setsid, flock and runuser running commands.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('scheduling attributes of the guest\'s processes', () => {
  it('renice: a user raises his own nice value, may not lower it, nor touch systemd', async () => {
    // $$ is the login shell the process table lists
    const pid = (await s.exec('echo $$')).stdout.trim();
    expect((await s.exec('ps -o args= -p $$')).stdout).toBe('-bash\n');
    expect(await s.exec('renice -n 5 -p $$')).toMatchObject({ stdout: `${pid} (process ID) old priority 0, new priority 5\n`, exitCode: 0 });
    expect(await s.exec('renice -n 0 -p $$')).toMatchObject({ stderr: `renice: failed to set priority for ${pid} (process ID): Permission denied\n`, exitCode: 1 });
    expect(await s.exec('renice 5 1')).toMatchObject({ stderr: 'renice: failed to set priority for 1 (process ID): Operation not permitted\n', exitCode: 1 });
    expect((await s.exec('renice -n 10 99999')).stderr).toBe('renice: failed to get priority for 99999 (process ID): No such process\n');
  });

  it('taskset and chrt show and change what the kernel keeps; root may set a real-time policy', async () => {
    const pid = (await s.exec('echo $$')).stdout.trim();
    expect((await s.exec('taskset -p 1')).stdout).toBe("pid 1's current affinity mask: 3\n");
    expect((await s.exec('taskset -cp 0 $$')).stdout).toBe(`pid ${pid}'s current affinity list: 0,1\npid ${pid}'s new affinity list: 0\n`);
    expect((await s.exec('taskset -p $$')).stdout).toBe(`pid ${pid}'s current affinity mask: 1\n`);
    expect((await s.exec('taskset -c 1 echo ran')).stdout).toBe('ran\n');
    expect(await s.exec('chrt -r -p 5 $$')).toMatchObject({ stderr: `chrt: failed to set pid ${pid}'s policy: Operation not permitted\n`, exitCode: 1 });
    await s.exec('sudo -i');
    expect(await s.exec('chrt -r -p 5 1')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('chrt -p 1')).stdout).toBe("pid 1's current scheduling policy: SCHED_RR\npid 1's current scheduling priority: 5\n");
    await s.exec('exit');
  });

  it('ionice and prlimit', async () => {
    expect((await s.exec('ionice -p $$')).stdout).toBe('none: prio 4\n');
    await s.exec('ionice -c 2 -n 7 -p $$');
    expect((await s.exec('ionice -p $$')).stdout).toBe('best-effort: prio 7\n');
    expect((await s.exec('prlimit -p $$ --nofile')).stdout).toBe('RESOURCE DESCRIPTION              SOFT   HARD UNITS\nNOFILE   max number of open files 1024 524288 files\n');
    await s.exec('prlimit -p $$ --nofile=2048');
    expect((await s.exec('prlimit -p $$ -n --noheadings --raw')).stdout).toBe('NOFILE max\\x20number\\x20of\\x20open\\x20files 2048 2048 files\n');
  });
});

describe('commands run by setsid, flock and runuser', () => {
  it('flock holds a lock file while its command runs; runuser is for root only', async () => {
    expect((await s.exec("flock /tmp/kubeadm.lock -c 'echo inside'")).stdout).toBe('inside\n');
    expect((await s.exec('ls /tmp/kubeadm.lock')).exitCode).toBe(0);
    expect((await s.exec('setsid -w sh -c "exit 3"')).exitCode).toBe(3);
    expect(await s.exec('runuser -u vagrant -- id -un')).toMatchObject({ stderr: 'runuser: may not be used by non-root users\n', exitCode: 1 });
    expect((await s.exec('sudo runuser -u vagrant -- id -un')).stdout).toBe('vagrant\n');
  });
});

describe('fdisk -l and blockdev over the box\'s disk', () => {
  it('a user cannot open the disk; root lists its GPT partitions as lsblk shows them', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    expect(await t.exec('fdisk -l')).toMatchObject({ output: '', exitCode: 0 });
    expect(await t.exec('fdisk -l /dev/sda')).toMatchObject({ stderr: 'fdisk: cannot open /dev/sda: Permission denied\n', exitCode: 1 });
    const r = await t.exec('sudo fdisk -l');
    expect(r.stdout).toMatch(/^Disk \/dev\/sda: 10 GiB, 10737418240 bytes, 20971520 sectors\nDisk model: VBOX HARDDISK   \nUnits: sectors of 1 \* 512 = 512 bytes\n/);
    expect(r.stdout).toContain('\nDisklabel type: gpt\n');
    expect(r.stdout.split('\n').slice(-6).join('\n')).toBe(
      'Device       Start      End  Sectors Size Type\n/dev/sda1     2048     4095     2048   1M BIOS boot\n/dev/sda2     4096  4198399  4194304   2G Linux swap\n/dev/sda3  4198400  6295551  2097152   1G Linux filesystem\n/dev/sda4  6295552 20969471 14673920   7G Linux filesystem\n',
    );
    expect((await t.exec('sudo blockdev --getsize64 /dev/sda')).stdout).toBe('10737418240\n');
    expect((await t.exec('sudo blockdev --report /dev/sda2')).stdout).toBe('RO    RA   SSZ   BSZ        StartSec            Size   Device\nrw   256   512  4096            4096      2147483648   /dev/sda2\n');
    expect(await t.exec('blockdev --getsz /dev/sda')).toMatchObject({ stderr: 'blockdev: cannot open /dev/sda: Permission denied\n', exitCode: 1 });
  });
});

describe('lsmem, ipcs, lsipc, zramctl and mesg on the guest', () => {
  it('lsmem shows the VM\'s memory in 128M blocks; ipcs finds no IPC objects; mesg reads the terminal\'s mode', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    expect((await t.exec('lsmem')).stdout).toBe('RANGE                                 SIZE  STATE REMOVABLE BLOCK\n0x0000000000000000-0x000000003fffffff   1G online       yes   0-7\n\nMemory block size:       128M\nTotal online memory:       1G\nTotal offline memory:      0B\n');
    expect((await t.exec('ipcs -m')).stdout).toBe('\n------ Shared Memory Segments --------\nkey        shmid      owner      perms      bytes      nattch     status      \n\n');
    expect((await t.exec('lsipc')).stdout.split('\n')[1]).toBe('MSGMNI   Number of message queues                                 32000    0 0.00%');
    expect(await t.exec('zramctl')).toMatchObject({ output: '', exitCode: 0 });
    expect(await t.exec('mesg')).toMatchObject({ stdout: 'is y\n', exitCode: 0 });
    expect(await t.exec('mesg n; mesg')).toMatchObject({ stdout: 'is n\n', exitCode: 1 });
    expect(await t.exec('mesg < /dev/null > /tmp/m 2>&1')).toMatchObject({ exitCode: 2 });
  });
});

describe('namespaces: lsns, nsenter, unshare', () => {
  it('a user sees his processes in init\'s namespaces and may not enter or make others', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    const l = (await t.exec('lsns | cat')).stdout.split('\n');
    expect(l[0]).toBe('        NS TYPE   NPROCS  PID USER    COMMAND');
    expect(l.slice(1, 9).map((x) => x.split(/\s+/).slice(0, 2).join(' '))).toEqual(['4026531834 time', '4026531835 cgroup', '4026531836 pid', '4026531837 user', '4026531838 uts', '4026531839 ipc', '4026531840 mnt', '4026531992 net']);
    expect(await t.exec('unshare -n true')).toMatchObject({ stderr: 'unshare: unshare failed: Operation not permitted\n', exitCode: 1 });
    expect(await t.exec('nsenter -t 1 -n true')).toMatchObject({ stderr: 'nsenter: cannot open /proc/1/ns/net: Permission denied\n', exitCode: 1 });
    expect((await t.exec('sudo lsns -t mnt | cat')).stdout).toContain(' mnt       1 584 root   /usr/lib/systemd/systemd-udevd\n');
    expect((await t.exec('sudo nsenter -t 1 -a echo entered')).stdout).toBe('entered\n');
  });
});

describe('utmpdump', () => {
  it('dumps the guest\'s wtmp records in utmpdump\'s format, the same logins last shows', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    const r = await t.exec('utmpdump /var/log/wtmp');
    expect(r.stderr).toBe('Utmp dump of /var/log/wtmp\n');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^\[2\] \[00000\] \[~~  \] \[reboot  \] \[~           \] \[5\.14\.0-503\.14\.1\.el9_5\.x86_64\] \[0\.0\.0\.0        \] \[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{6}\+00:00\]$/);
    expect(r.stdout).toMatch(/\n\[7\] \[\d{5}\] \[ts\/0\] \[vagrant \] \[pts\/0       \] \[10\.0\.2\.2            \] \[10\.0\.2\.2       \] /);
    expect(await t.exec('utmpdump nothere')).toMatchObject({ stderr: 'utmpdump: cannot open nothere: No such file or directory\n', exitCode: 1 });
  });
});

describe('lslogins', () => {
  it('lists the accounts with their processes; root also sees the password states', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    const all = (await t.exec('lslogins')).stdout.split('\n');
    expect(all[0]).toMatch(/^  UID USER +PROC PWD-LOCK PWD-DENY LAST-LOGIN GECOS$/);
    expect(all[1]).toMatch(/^    0 root +\d+ +root$/);
    const u = (await t.exec('sudo lslogins -u')).stdout.split('\n');
    expect(u[0]).toBe(' UID USER    PROC PWD-LOCK PWD-DENY LAST-LOGIN GECOS');
    expect(u[1]).toMatch(/^   0 root +\d+        0        0 +root$/);
    expect(u[2]).toMatch(/^1000 vagrant +\d+        0        0 \d\d:\d\d +$/);
  });
});

describe('wall and script', () => {
  it('wall shows its banner and message on the session\'s terminal; script -c keeps a typescript', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    const w = await t.exec('wall maintenance at noon');
    // the banner line is cut at 79 columns, the bells after it
    expect(w.stdout).toMatch(/^\r {79}\r\n(Broadcast message from vagrant@\S+ \(pts\/0\) \(\w{3} \w{3} .*)\x07\x07\r\n/);
    expect(w.stdout.split('\r\n')[1].length).toBe(81);
    expect(w.stdout).toContain('\r\nmaintenance at noon\r\n');
    expect(await t.exec('wall -n hi')).toMatchObject({ stderr: 'wall: --nobanner is available only for root\n' });
    const s = await t.exec("script -c 'echo kube' k.log");
    expect(s.stdout).toBe("Script started, output log file is 'k.log'.\r\nkube\r\nScript done.\n".replace('.\r\n', '.\n'));
    const log = (await t.exec('cat k.log')).stdout;
    expect(log).toMatch(/^Script started on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00 \[TERM="[^"]+" TTY="\/dev\/pts\/0" COLUMNS="\d+" LINES="\d+"\]\nkube\r\n\nScript done on .* \[COMMAND_EXIT_CODE="0"\]\n$/);
  });
});

describe('partx and sfdisk', () => {
  it('show root the GPT partitions with the PARTUUIDs blkid gives; sfdisk stops at the disk in use', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    const uuid = /PARTUUID="([^"]+)"/.exec((await t.exec('sudo blkid /dev/sda4')).stdout)![1];
    expect((await t.exec('sudo partx --show /dev/sda4')).stdout).toBe(`NR   START      END  SECTORS SIZE NAME UUID\n 4 6295552 20969471 14673920   7G      ${uuid}\n`);
    expect((await t.exec('sudo sfdisk -d /dev/sda')).stdout).toContain(`/dev/sda4 : start=     6295552, size=    14673920, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, uuid=${uuid.toUpperCase()}\n`);
    expect((await t.exec('sudo sfdisk -s /dev/sda')).stdout).toBe('10485760\n');
    const w = await t.exec("echo ',,L' | sudo sfdisk /dev/sda");
    expect(w).toMatchObject({ stdout: 'Checking that no-one is using this disk right now ... FAILED\n\n', exitCode: 1 });
    expect(w.stderr.endsWith('sfdisk: Use the --force flag to overrule all checks.\n')).toBe(true);
  });
});
