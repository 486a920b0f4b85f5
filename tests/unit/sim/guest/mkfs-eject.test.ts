// The mkfs front-end of util-linux 2.37.4 (runs mkfs.<type>, ext2 by default) and eject on a box with no
// optical drive and no hot-pluggable disk (sys-utils/eject.c's messages).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('mkfs', () => {
  it('runs the builder of the type with the rest of the words', async () => {
    await s.exec('truncate -s 20M /tmp/x.img');
    expect(await s.exec('mkfs -t ext4 -q /tmp/x.img')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('blkid -s TYPE /tmp/x.img')).stdout).toBe('/tmp/x.img: TYPE="ext4"\n');
    expect((await s.exec('mkfs -F -q /tmp/x.img')).exitCode).toBe(0);
    expect((await s.exec('blkid -s TYPE /tmp/x.img')).stdout).toBe('/tmp/x.img: TYPE="ext2"\n');
  });

  it('-V, -V -V, --help, no device, an unknown type', async () => {
    expect((await s.exec('mkfs -V')).stdout).toBe('mkfs from util-linux 2.37.4\n');
    expect((await s.exec('mkfs -V -V -t ext4 -L x /tmp/x.img')).stdout).toBe('mkfs from util-linux 2.37.4\nmkfs.ext4 -L x /tmp/x.img \n');
    expect((await s.exec('mkfs --help')).stdout).toContain('\nUsage:\n mkfs [options] [-t <type>] [fs-options] <device> [<size>]\n\nMake a Linux filesystem.\n');
    expect(await s.exec('mkfs')).toMatchObject({ stderr: "mkfs: no device specified\nTry 'mkfs --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('mkfs -t nope /tmp/x.img')).toMatchObject({ stderr: 'mkfs: failed to execute mkfs.nope: No such file or directory\n', exitCode: 1 });
  });
});

describe('eject', () => {
  it('finds no CD-ROM and no hot-pluggable disk', async () => {
    expect(await s.exec('eject')).toMatchObject({ stderr: 'eject: /dev/cdrom: not found mountpoint or device with the given name\n', exitCode: 1 });
    expect((await s.exec('eject -d')).stdout).toBe("eject: default device: `/dev/cdrom'\n");
    expect(await s.exec('eject -v /boot')).toMatchObject({
      stdout: "eject: device name is `/boot'\neject: /dev/sda3: mounted on /boot\neject: /dev/sda3: disc device: /dev/sda (disk device will be used for eject)\n",
      stderr: 'eject: /dev/sda: is not hot-pluggable device\n',
      exitCode: 1,
    });
    expect((await s.exec('eject sda')).stderr).toBe('eject: /dev/sda: is not hot-pluggable device\n');
    expect((await s.exec('eject a b')).stderr).toBe('eject: too many arguments\n');
  });
});
