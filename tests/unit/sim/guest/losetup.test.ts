// losetup of util-linux 2.37.4 and the loop devices the rest of the world sees: /dev/loopN nodes, lsblk's rows
// (sorted by MAJ:MIN, so before sda), blkid and lsblk -f reading the file system mkfs.ext4 made, mount of the
// device and of an image file (libmount's autoclear loop device). Table layouts are those of the host's losetup.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('losetup', () => {
  it('a user has no loop device to take', async () => {
    expect(await s.exec('losetup -f')).toMatchObject({ stderr: 'losetup: cannot find an unused loop device: Permission denied\n', exitCode: 1 });
    expect(await s.exec('losetup')).toMatchObject({ output: '', exitCode: 0 });
  });

  it('root attaches, lists and detaches', async () => {
    await s.exec('sudo -i');
    await s.exec('truncate -s 1G /root/a.img');
    expect((await s.exec('losetup -f')).stdout).toBe('/dev/loop0\n');
    expect((await s.exec('losetup -f --show /root/a.img')).stdout).toBe('/dev/loop0\n');
    expect((await s.exec('losetup -l')).stdout).toBe('NAME       SIZELIMIT OFFSET AUTOCLEAR RO BACK-FILE   DIO LOG-SEC\n/dev/loop0         0      0         0  0 /root/a.img   0     512\n');
    expect((await s.exec('losetup')).stdout).toBe((await s.exec('losetup -l')).stdout);
    expect((await s.exec('losetup -a')).stdout).toMatch(/^\/dev\/loop0: \[2052\]:\d+ \(\/root\/a\.img\)\n$/);
    expect((await s.exec('losetup -j /root/a.img')).stdout).toMatch(/^\/dev\/loop0: /);
    expect((await s.exec('ls -l /dev/loop0')).stdout).toMatch(/^brw-rw----\. 1 root disk 7, 0 /);
    expect((await s.exec('losetup /dev/loop1 /root/a.img; losetup -d /dev/loop1; losetup -d /dev/loop1')).stderr).toBe('losetup: /dev/loop1: detach failed: No such device or address\n');
    expect(await s.exec('losetup -d /dev/nope')).toMatchObject({ stderr: 'losetup: /dev/nope: failed to use device: No such device\n', exitCode: 1 });
    await s.exec('exit');
    expect((await s.exec('losetup -a')).stdout).toBe('/dev/loop0: []: (/root/a.img)\n');
  });

  it('a file system on the loop device shows in blkid, lsblk and lsblk -f, mounts, and is then refused to mkfs', async () => {
    await s.exec('sudo -i');
    expect((await s.exec('mkfs.ext4 -q -L web /dev/loop0')).exitCode).toBe(0);
    const uuid = (await s.exec('blkid -s UUID -o value /dev/loop0')).stdout.trim();
    expect((await s.exec('blkid /dev/loop0')).stdout).toBe(`/dev/loop0: LABEL="web" UUID="${uuid}" BLOCK_SIZE="4096" TYPE="ext4"\n`);
    expect((await s.exec('lsblk')).stdout.split('\n').slice(0, 3)).toEqual(['NAME   MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS', 'loop0    7:0    0    1G  0 loop ', 'sda      8:0    0   10G  0 disk ']);
    expect((await s.exec('lsblk -f')).stdout.split('\n')[1]).toBe(`loop0  ext4   1.0   web   ${uuid}                `);
    expect(await s.exec('mkdir -p /mnt/web && mount /dev/loop0 /mnt/web')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('findmnt -n /mnt/web')).stdout).toBe('/mnt/web /dev/loop0 ext4   rw,relatime,seclabel\n');
    expect((await s.exec('lsblk /dev/loop0')).stdout).toBe('NAME  MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS\nloop0   7:0    0    1G  0 loop /mnt/web\n');
    expect((await s.exec('mkfs.ext4 /dev/loop0')).stderr).toBe('mke2fs 1.46.5 (30-Dec-2021)\n/dev/loop0 is mounted; will not make a filesystem here!\n');
    expect((await s.exec('umount /mnt/web')).exitCode).toBe(0);
  });

  it('mount of an image file sets up an autoclear loop device that goes with the umount', async () => {
    await s.exec('truncate -s 200M /root/b.img; mkfs.ext4 -q /root/b.img');
    expect(await s.exec('mount /root/b.img /mnt')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('mount | tail -1')).stdout).toBe('/dev/loop1 on /mnt type ext4 (rw,relatime,seclabel)\n');
    expect((await s.exec('losetup -l /dev/loop1')).stdout).toContain('/dev/loop1         0      0         1  0 /root/b.img   0     512\n');
    await s.exec('umount /mnt');
    expect((await s.exec('losetup -a')).stdout).not.toContain('loop1');
    await s.exec('truncate -s 10M /root/empty.img');
    expect((await s.exec('mount /root/empty.img /mnt')).stderr).toBe('mount: /mnt: wrong fs type, bad option, bad superblock on /dev/loop1, missing codepage or helper program, or other error.\n');
  });
});
