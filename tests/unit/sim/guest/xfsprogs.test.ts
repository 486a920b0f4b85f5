// xfsprogs 6.4.0 beyond the recorded cases (tests/golden/xfsprogs): the box's own XFS partitions as xfs_info and
// xfs_growfs see them, agreeing with df and stat -f; util-linux's mkfs front end running mkfs.xfs; blkid, lsblk and
// mount finding what mkfs.xfs wrote on a loop device; the refusals of the partitions in use and of a user without
// root; fsck.xfs's two answers; the geometry function against figures the real mkfs.xfs printed.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { geometry, grownBlocks, report } from '../../../../src/sim/commands/xfsprogs/lib/geometry';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

const ok = (dblocks: number, bs = 4096) => {
  const r = geometry(dblocks, bs);
  if (!('ok' in r)) throw new Error('too small');
  return r.ok;
};

describe('the geometry mkfs.xfs 6.4.0 computes', () => {
  it('matches the real tool for sizes of each AG rule (figures from mkfs.xfs -N on files of these sizes)', () => {
    // [MiB, agcount, agsize, blocks, log blocks]
    const real: [number, number, number, number, number][] = [
      [16, 1, 4096, 4096, 1368],
      [32, 2, 4096, 8192, 1368],
      [63, 2, 8064, 16128, 1368],
      [64, 4, 4096, 16384, 1368],
      [129, 4, 8256, 33024, 1368],
      [299, 4, 19136, 76544, 1368],
      [300, 4, 19200, 76800, 16384],
      [4096, 4, 262144, 1048576, 16384],
    ];
    for (const [mb, agcount, agsize, blocks, log] of real) {
      const g = ok((mb * 1024 * 1024) / 4096);
      expect([mb, g.agcount, g.agblocks, g.dblocks, g.logblocks]).toEqual([mb, agcount, agsize, blocks, log]);
    }
  });

  it('refuses a device under 16 MiB', () => {
    expect(geometry(2560)).toEqual({ tooSmall: 2560, min: 4096 });
  });

  it('grows by whole AGs of the old size, a last AG under 64 blocks left out (the kernel growfs)', () => {
    const g = ok(262144);
    expect(grownBlocks(g, 537600)).toEqual({ dblocks: 537600, agcount: 9 });
    expect(grownBlocks(g, 524288 + 63)).toEqual({ dblocks: 524288, agcount: 8 });
  });
});

describe('the box XFS partitions', () => {
  it('xfs_info / reports the root as mkfs.xfs lays out sda4 (14673920 sectors), naming the device', async () => {
    const r = await s.exec('xfs_info /');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(report(ok(1834240), '/dev/sda4'));
    expect(r.stdout).toContain('meta-data=/dev/sda4              isize=512    agcount=4, agsize=458560 blks\n');
    expect(r.stdout).toContain('data     =                       bsize=4096   blocks=1834240, imaxpct=25\n');
  });

  it('df and stat -f count the data blocks less the log, as XFS statfs does', async () => {
    const df = (await s.exec('df -k / /boot')).stdout.split('\n');
    expect(df[1]).toMatch(/^\/dev\/sda4 +7271424 /);
    expect(df[2]).toMatch(/^\/dev\/sda3 +983040 /);
    expect((await s.exec('stat -f /')).stdout).toContain('Blocks: Total: 1817856 ');
    expect((await s.exec('xfs_info /boot')).stdout).toContain('meta-data=/dev/sda3              isize=512    agcount=4, agsize=65536 blks\n');
  });

  it('xfs_growfs / shows the geometry and changes nothing (the partition is no larger); a user cannot open the device', async () => {
    const r = await s.exec('sudo xfs_growfs /');
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(report(ok(1834240), '/dev/sda4'));
    const u = await s.exec('xfs_growfs /');
    expect([u.exitCode, u.stdout, u.stderr]).toEqual([1, '', 'xfs_growfs: cannot open /dev/sda4: Permission denied\n']);
  });

  it('mkfs.xfs refuses the mounted root, the disk and the swap in use', async () => {
    expect((await s.exec('sudo mkfs.xfs -f /dev/sda4')).stderr).toMatch(/^mkfs\.xfs: \/dev\/sda4 contains a mounted filesystem\nUsage: mkfs\.xfs\n/);
    expect((await s.exec('sudo mkfs.xfs /dev/sda')).stderr).toBe('mkfs.xfs: cannot open /dev/sda: Device or resource busy\n');
    expect((await s.exec('sudo mkfs.xfs /dev/sda2')).stderr).toBe('mkfs.xfs: cannot open /dev/sda2: Device or resource busy\n');
    expect((await s.exec('mkfs.xfs /dev/sda1')).stderr).toBe('mkfs.xfs: cannot open /dev/sda1: Permission denied\n');
  });
});

describe('mkfs.xfs on a loop device', () => {
  it('is what mkfs -t xfs runs; it discards the loop device; blkid, lsblk and mount see the XFS', async () => {
    await s.exec('truncate -s 512M /tmp/x.img');
    const dev = (await s.exec('sudo losetup -f --show /tmp/x.img')).stdout.trim();
    const r = await s.exec(`sudo mkfs -t xfs -L scratch ${dev}`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(report(ok(131072), dev) + 'Discarding blocks...Done.\n');
    expect((await s.exec(`sudo blkid -o value -s LABEL -s TYPE ${dev}`)).stdout).toBe('scratch\nxfs\n');
    expect((await s.exec('lsblk -f')).stdout).toMatch(new RegExp(`^${dev.slice(5)} +xfs +scratch +[0-9a-f-]{36} +\\n`, 'm'));
    await s.exec('sudo mkdir -p /mnt/x');
    expect((await s.exec(`sudo mount ${dev} /mnt/x`)).exitCode).toBe(0);
    expect((await s.exec('findmnt -no FSTYPE /mnt/x')).stdout).toBe('xfs\n');
    expect((await s.exec('xfs_info /mnt/x')).stdout).toBe(report(ok(131072), dev));
    expect((await s.exec('xfs_info /tmp/x.img')).stdout).toBe(report(ok(131072), dev));
    await s.exec('sudo umount /mnt/x');
    // not mounted any more: xfs_db opens the device, which a user may not
    expect((await s.exec('xfs_info /tmp/x.img')).stderr).toBe(`xfs_info: cannot open ${dev}: Permission denied\n`);
    expect((await s.exec(`sudo losetup -d ${dev}; sudo losetup -c ${dev}`)).stderr).toBe(`losetup: ${dev}: set capacity failed: No such device or address\n`);
  });
});

describe('fsck.xfs', () => {
  it('points at xfs_repair, or with -a says it is XFS; a missing device is exit 8 ($0 is the script path)', async () => {
    expect(await s.exec('fsck.xfs /dev/sda4')).toMatchObject({ exitCode: 0, stdout: 'If you wish to check the consistency of an XFS filesystem or\nrepair a damaged filesystem, see xfs_repair(8).\n' });
    expect(await s.exec('fsck.xfs -a /dev/sda4')).toMatchObject({ exitCode: 0, stdout: '/usr/sbin/fsck.xfs: XFS file system.\n' });
    expect(await s.exec('fsck.xfs /dev/nope')).toMatchObject({ exitCode: 8, stdout: '/usr/sbin/fsck.xfs: /dev/nope does not exist\n' });
  });

  it('xfs_info takes bash getopts errors with the script path', async () => {
    expect(await s.exec('xfs_info -z /')).toMatchObject({ exitCode: 2, stderr: '/usr/sbin/xfs_info: illegal option -- z\nUsage: xfs_info [-V] [-t mtab] [mountpoint|device|file]\n' });
  });
});

describe('xfs_admin on the mounted root', () => {
  it('reads the label and UUID through xfs_io (the root has no label), refuses offline changes, needs root for a label', async () => {
    expect(await s.exec('xfs_admin -lu /')).toMatchObject({ exitCode: 0, stdout: 'label = ""\nUUID = 9b5a6f2c-1d2e-4f3a-8b7c-6d5e4f3a2b1c\n' });
    expect(await s.exec('xfs_admin -u /dev/sda3')).toMatchObject({ exitCode: 0, stdout: 'UUID = 3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9\n' });
    expect(await s.exec('sudo xfs_admin -U generate /')).toMatchObject({ exitCode: 2, stdout: '/: filesystem is mounted.\n' });
    expect(await s.exec('xfs_admin -L root /')).toMatchObject({ exitCode: 1, stderr: 'label: Operation not permitted\n' });
    expect(await s.exec('sudo xfs_admin -L abcdefghijklm /')).toMatchObject({ exitCode: 1, stderr: 'label: Invalid argument\n' });
  });

  it('takes bash getopts errors with the script path', async () => {
    expect(await s.exec('xfs_admin -z /')).toMatchObject({ exitCode: 2, stderr: '/usr/sbin/xfs_admin: illegal option -- z\nUsage: xfs_admin [-efjlpuV] [-c 0|1] [-L label] [-O v5_feature] [-r rtdev] [-U uuid] device [logdev]\n' });
    expect((await s.exec('xfs_admin -L')).stderr).toBe('/usr/sbin/xfs_admin: option requires an argument -- L\nUsage: xfs_admin [-efjlpuV] [-c 0|1] [-L label] [-O v5_feature] [-r rtdev] [-U uuid] device [logdev]\n');
  });
});

describe('xfs_repair on the box partitions', () => {
  it('refuses the mounted root (twice without -n), needs root for a device, checks /boot once it is unmounted', async () => {
    expect(await s.exec('sudo xfs_repair /dev/sda4')).toMatchObject({
      exitCode: 1,
      stderr: "xfs_repair: /dev/sda4 contains a mounted filesystem\nxfs_repair: /dev/sda4 contains a mounted and writable filesystem\n\nfatal error -- couldn't initialize XFS library\n",
    });
    expect((await s.exec('sudo xfs_repair -n /dev/sda4')).stderr).toBe("xfs_repair: /dev/sda4 contains a mounted and writable filesystem\n\nfatal error -- couldn't initialize XFS library\n");
    await s.exec('sudo umount /boot');
    expect(await s.exec('xfs_repair -n /dev/sda3')).toMatchObject({ exitCode: 1, stderr: 'xfs_repair: cannot open /dev/sda3: Permission denied\n' });
    const r = await s.exec('sudo xfs_repair -n /dev/sda3');
    expect([r.exitCode, r.stdout]).toEqual([0, 'No modify flag set, skipping phase 5\n']);
    expect(r.stderr).toContain('        - agno = 3\n        - process newly discovered inodes...\nPhase 4 - check for duplicate blocks...\n');
    expect(r.stderr.endsWith('Phase 7 - verify link counts...\nNo modify flag set, skipping filesystem flush and exiting.\n')).toBe(true);
    await s.exec('sudo mount /boot');
  });
});
