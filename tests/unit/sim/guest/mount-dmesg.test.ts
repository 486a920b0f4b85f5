// util-linux 2.37.4's mount, umount, findmnt and dmesg on the Rocky guest: one mount table behind mount, findmnt,
// df and lsblk (commands/lib/mounts.ts), the messages of sys-utils/mount.c, umount.c and libmount's
// context_mount.c / context_umount.c for a user and for root, and the kernel buffer growing as the world runs.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeEach(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
});

const lines = (t: string) => t.split('\n').filter(Boolean);

describe('one mount table', () => {
  it('mount lists what df, findmnt and lsblk show, in print_all()\'s format', async () => {
    const mount = lines((await s.exec('mount')).stdout);
    for (const l of mount) expect(l).toMatch(/^\S+ on \S+ type \S+ \(\S+\)$/);
    const df = lines((await s.exec('df')).stdout).slice(1).map((l) => l.split(/\s+/));
    for (const [fs, , , , , on] of df) expect(mount).toContain(mount.find((l) => l.startsWith(`${fs} on ${on} type `)));
    const list = lines((await s.exec('findmnt -l -n -o TARGET,SOURCE,FSTYPE')).stdout).map((l) => l.split(/\s+/));
    expect(list.map(([t, src, type]) => `${src} on ${t} type ${type}`)).toEqual(mount.map((l) => l.replace(/ \(.*\)$/, '')));
    expect((await s.exec('lsblk')).stdout).toContain('└─sda4   8:4    0    7G  0 part /\n');
    expect((await s.exec('mount -t xfs')).stdout).toBe(
      '/dev/sda4 on / type xfs (rw,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota)\n/dev/sda3 on /boot type xfs (rw,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,noquota)\n',
    );
    expect((await s.exec('mount -t noxfs,tmpfs,proc,sysfs,devtmpfs')).stdout).not.toMatch(/ type (xfs|tmpfs|proc|sysfs|devtmpfs) /);
  });

  it('findmnt draws the tree, a mount under the one it lies in', async () => {
    const t = (await s.exec('findmnt')).stdout.split('\n');
    expect(t[0]).toMatch(/^TARGET +SOURCE +FSTYPE +OPTIONS$/);
    expect(t[1]).toMatch(/^\/ +\/dev\/sda4 +xfs +rw,relatime/);
    expect(t).toContainEqual(expect.stringMatching(/^│ └─\/proc\/sys\/fs\/binfmt_misc systemd-1 +autofs /));
    expect(t).toContainEqual(expect.stringMatching(/^└─\/boot +\/dev\/sda3 +xfs /));
    expect((await s.exec('findmnt -a')).stdout).toContain('`-/boot');
    expect(await s.exec('findmnt /nothing')).toMatchObject({ stdout: '', exitCode: 1 });
    expect((await s.exec('findmnt -n -o SOURCE /boot')).stdout).toBe('/dev/sda3\n');
    expect(await s.exec('findmnt -o BOGUS')).toMatchObject({ stderr: 'findmnt: unknown column: BOGUS\n', exitCode: 1 });
  });
});

describe('mounting and unmounting', () => {
  it('a user: the set-user-ID mount retries without rights and mount(2) refuses', async () => {
    expect(await s.exec('mount -t tmpfs tmpfs /mnt')).toMatchObject({ stderr: 'mount: /mnt: must be superuser to use mount.\n', exitCode: 32 });
    expect(await s.exec('mount -t tmpfs tmpfs /nowhere')).toMatchObject({ stderr: 'mount: /nowhere: mount point does not exist.\n', exitCode: 32 });
    expect(await s.exec('mount /mnt')).toMatchObject({ stderr: "mount: /mnt: can't find in /etc/fstab.\n", exitCode: 1 });
    expect(await s.exec('umount /boot')).toMatchObject({ stderr: 'umount: /boot: must be superuser to unmount.\n', exitCode: 32 });
    expect(await s.exec('umount')).toMatchObject({ stderr: "umount: bad usage\nTry 'umount --help' for more information.\n", exitCode: 1 });
    // everything /etc/fstab lists is mounted already (swap and / are skipped)
    expect(await s.exec('mount -a')).toMatchObject({ output: '', exitCode: 0 });
  });

  it('root mounts a tmpfs that df and findmnt then show, and unmounts it', async () => {
    expect((await s.exec('sudo mount -t tmpfs -o size=10m tmpfs /mnt')).exitCode).toBe(0);
    expect((await s.exec('df -h /mnt; df -h')).stdout).toContain('tmpfs            10M     0   10M   0% /mnt\n');
    expect((await s.exec('findmnt -n -o FSTYPE,SIZE /mnt')).stdout).toBe('tmpfs    10M\n');
    expect((await s.exec('sudo umount /mnt')).exitCode).toBe(0);
    expect(await s.exec('sudo umount /mnt')).toMatchObject({ stderr: 'umount: /mnt: not mounted.\n', exitCode: 32 });
    expect(await s.exec('sudo umount /')).toMatchObject({ stderr: 'umount: /: target is busy.\n', exitCode: 32 });
    expect(await s.exec('sudo mount -o remount,rw /')).toMatchObject({ output: '', exitCode: 0 });
    expect(await s.exec('mount -o remount /boot')).toMatchObject({ stderr: 'mount: /boot: must be superuser to use mount.\n', exitCode: 32 });
    expect((await s.exec('sudo mount -v -a')).stdout).toBe(
      `${'/'.padEnd(25)}: ignored\n${'/boot'.padEnd(25)}: already mounted\n${'none'.padEnd(25)}: ignored\n`,
    );
  });

  it('mount -a mounts a new /etc/fstab line', async () => {
    await s.exec('sudo mkdir /srv/cache; echo "tmpfs /srv/cache tmpfs size=64m 0 0" | sudo tee -a /etc/fstab');
    expect(await s.exec('sudo mount -a')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('mount -t tmpfs')).stdout).toContain('tmpfs on /srv/cache type tmpfs (rw,relatime,seclabel,size=64m,inode64)\n');
  });
});

describe('dmesg', () => {
  it('prints the boot log with dmesg.c\'s stamps, -t, -x, -l and -r', async () => {
    const out = lines((await s.exec('dmesg | cat')).stdout);
    expect(out[0]).toMatch(/^\[    0\.000000\] Linux version 5\.14\.0-503\.14\.1\.el9_5\.x86_64 /);
    expect(out[0].slice(15)).toBe((await s.exec('cat /proc/version')).stdout.trimEnd());
    for (const l of out) expect(l).toMatch(/^\[ *\d+\.\d{6}\] /);
    // setup_arch() prints the kernel command line next, the same as /proc/cmdline
    expect((await s.exec('dmesg -t | head -3')).stdout).toBe(`${out[0].slice(15)}\nCommand line: ${(await s.exec('cat /proc/cmdline')).stdout}DMI: innotek GmbH VirtualBox/VirtualBox, BIOS VirtualBox 12/01/2006\n`);
    expect((await s.exec('dmesg -x | head -1')).stdout).toMatch(/^kern  :notice: \[    0\.000000\] Linux version/);
    expect((await s.exec('dmesg -r | head -1')).stdout).toMatch(/^<5>\[    0\.000000\] Linux version/);
    // on a terminal: the stamp green, a subsystem prefix brown (colors are enabled by default)
    expect((await s.exec('dmesg')).stdout).toContain('\x1b[32m[    0.000000] \x1b[0m\x1b[33mDMI\x1b[0m: innotek GmbH');
    expect((await s.exec('dmesg --color=never')).stdout.split('\n')[0]).toBe(out[0]);
    expect(await s.exec('dmesg -l bogus')).toMatchObject({ stderr: "dmesg: unknown level 'bogus'\n", exitCode: 1 });
    expect(await s.exec('dmesg -C')).toMatchObject({ stderr: 'dmesg: clear kernel buffer failed: Operation not permitted\n', exitCode: 1 });
  });

  it('is read by root only once kernel.dmesg_restrict is 1', async () => {
    expect((await s.exec('dmesg | wc -l')).stdout.trim()).not.toBe('0');
    await s.exec('sudo sysctl -w kernel.dmesg_restrict=1');
    expect(await s.exec('dmesg')).toMatchObject({ stdout: '', stderr: 'dmesg: read kernel buffer failed: Operation not permitted\n', exitCode: 1 });
    expect((await s.exec('sudo dmesg -t | head -1')).stdout).toMatch(/Linux version/);
  });

  it('adds what the kernel prints as modules load and swap comes back', async () => {
    await s.exec('sudo modprobe br_netfilter');
    const tail = lines((await s.exec('dmesg -t | tail -2')).stdout);
    expect(tail).toEqual([
      'bridge: filtering via arp/ip/ip6tables is no longer available by default. Update your scripts to load br_netfilter if you need this.',
      'Bridge firewalling registered',
    ]);
    await s.exec('sudo swapoff -a');
    expect((await s.exec('dmesg -t | tail -1')).stdout).toBe('Bridge firewalling registered\n');
    await s.exec('sudo swapon -a');
    expect((await s.exec('dmesg -t | tail -1')).stdout).toBe('Adding 2097148k swap on /dev/sda2.  Priority:-2 extents:1 across:2097148k FS\n');
    expect((await s.exec('sudo dmesg -C; sudo dmesg | cat')).stdout).toBe('');
  });
});
