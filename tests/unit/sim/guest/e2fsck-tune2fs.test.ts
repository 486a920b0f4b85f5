// e2fsck, tune2fs, resize2fs and the fsck front end on the guest's own devices and states, beyond the recorded
// image-file cases (e2fsprogs-golden.test.ts): check_mount()'s refusal of a mounted file system (the texts of
// e2fsck/unix.c), a label naming the device in e2fsck's lines, blkid seeing what tune2fs wrote, resize2fs after the
// image grows, and util-linux 2.37.4's fsck running fsck.<type> with the options it does not take itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { plain } from '../plain';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  await s.exec('sudo -i');
  await s.exec('truncate -s 100M /root/c.img; mkfs.ext4 -q /root/c.img');
});

const SB_CORRUPT = 'The superblock could not be read or does not describe a valid ext2/ext3/ext4\n';

describe('e2fsck on mounted and foreign file systems', () => {
  it('refuses a mounted image without a terminal, warns with -n and checks', async () => {
    await s.exec('mount /root/c.img /mnt');
    expect(await s.exec('e2fsck -f /root/c.img < /dev/null')).toMatchObject({ stdout: '/root/c.img is mounted.\n', stderr: 'e2fsck 1.46.5 (30-Dec-2021)\ne2fsck: Cannot continue, aborting.\n\n', exitCode: 8 });
    const r = await s.exec('e2fsck -fn /dev/loop0');
    expect(r.stdout).toMatch(/^Warning! {2}\/dev\/loop0 is mounted\.\nWarning: skipping journal recovery because doing a read-only filesystem check\.\nPass 1: Checking inodes, blocks, and sizes\n[^]*\/dev\/loop0: 11\/25584 files \(0\.0% non-contiguous\), 12081\/102400 blocks\n$/);
  });

  it('on a terminal, warns and asks; "n" aborts the check', async () => {
    const r = await s.exec('e2fsck -f /root/c.img');
    expect(r.stdout).toBe('/root/c.img is mounted.\n\x07\x07\x07\x07\n\n\nWARNING!!!  The filesystem is mounted.   If you continue you ***WILL***\ncause ***SEVERE*** filesystem damage.\n\n\x07\x07\x07\nDo you really want to continue<n>? ');
    expect(await s.exec('n')).toMatchObject({ stdout: 'no\ncheck aborted.\n', exitCode: 0 });
    // root's exclusive open of the mounted loop device fails (EXT2_MF_BUSY): no question, even on a terminal
    expect(await s.exec('e2fsck -f /dev/loop0')).toMatchObject({ stdout: '/dev/loop0 is mounted.\n', stderr: 'e2fsck 1.46.5 (30-Dec-2021)\ne2fsck: Cannot continue, aborting.\n\n', exitCode: 8 });
    await s.exec('umount /mnt');
    expect((await s.exec('e2fsck -n /dev/sda')).stdout).toMatch(/^Warning! {2}\/dev\/sda is in use\.\n/);
    expect((await s.exec('e2fsck -p /dev/sda')).stdout).toBe('/dev/sda is in use.\n');
  });

  it('the XFS root is "mounted", then not an ext2 file system: blkid names what it is', async () => {
    const r = await s.exec('e2fsck -n /dev/sda4');
    expect(r.stdout).toContain('Warning!  /dev/sda4 is mounted.\next2fs_open2: Bad magic number in super-block\ne2fsck: Superblock invalid, trying backup blocks...\n\n' + SB_CORRUPT);
    expect(r.stdout).toMatch(/\n\/dev\/sda4 contains a xfs file system\n$/);
    expect(r.stderr).toBe('e2fsck 1.46.5 (30-Dec-2021)\ne2fsck: Bad magic number in super-block while trying to open /dev/sda4\n');
    expect(r.exitCode).toBe(8);
    expect(await s.exec('tune2fs -l /dev/sda3')).toMatchObject({ stdout: 'tune2fs 1.46.5 (30-Dec-2021)\n/dev/sda3 contains a xfs file system\n', stderr: 'tune2fs: Bad magic number in super-block while trying to open /dev/sda3\n', exitCode: 1 });
  });

  it('a user may not open root\'s image or a device', async () => {
    await s.exec('exit');
    expect(await s.exec('e2fsck -n /root/c.img')).toMatchObject({ stdout: 'You must have r/o access to the filesystem or be root\n', stderr: 'e2fsck 1.46.5 (30-Dec-2021)\ne2fsck: Permission denied while trying to open /root/c.img\n', exitCode: 8 });
    expect((await s.exec('tune2fs -l /dev/sda1')).stderr).toBe("tune2fs: Permission denied while trying to open /dev/sda1\nCouldn't find valid filesystem superblock.\n");
    await s.exec('sudo -i');
  });
});

describe('what tune2fs and resize2fs change', () => {
  it('the label names the device in e2fsck and shows in blkid', async () => {
    expect((await s.exec('tune2fs -L backup /root/c.img')).stdout).toBe('tune2fs 1.46.5 (30-Dec-2021)\n');
    expect((await s.exec('blkid -s LABEL -o value /root/c.img')).stdout).toBe('backup\n');
    expect((await s.exec('e2fsck -n /root/c.img')).stdout).toBe('backup: clean, 11/25584 files, 12081/102400 blocks\n');
  });

  it('a maximum mount count reached forces the check (check_if_skip)', async () => {
    await s.exec('tune2fs -c 2 -C 2 /root/c.img');
    expect((await s.exec('e2fsck -p /root/c.img')).stdout).toBe('backup has been mounted 2 times without being checked, check forced.\nbackup: 11/25584 files (0.0% non-contiguous), 12081/102400 blocks\n');
    expect(plain((await s.exec('tune2fs -l /root/c.img | grep -E "^Mount count"')).stdout)).toBe('Mount count:              0\n');
    expect((await s.exec('e2fsck -n /root/c.img')).stdout).toBe('backup: clean, 11/25584 files, 12081/102400 blocks (check in 2 mounts)\n');
  });

  it('resize2fs grows to the grown file; e2fsck and tune2fs agree on the new counts', async () => {
    await s.exec('truncate -s 200M /root/c.img');
    expect((await s.exec('resize2fs /root/c.img')).stdout).toBe('Resizing the filesystem on /root/c.img to 204800 (1k) blocks.\nThe filesystem on /root/c.img is now 204800 (1k) blocks long.\n\n');
    expect((await s.exec('e2fsck -fn /root/c.img')).stdout).toContain('backup: 11/49200 files (0.0% non-contiguous), 18009/204800 blocks\n');
    expect(plain((await s.exec('tune2fs -l /root/c.img | grep -E "^(Block count|Free blocks|Reserved GDT)"')).stdout)).toBe('Block count:              204800\nFree blocks:              186791\nReserved GDT blocks:      255\n');
  });
});

describe('what mounting writes (the ext4 driver) and what the tools then say', () => {
  it('a mount counts in the superblock, sets needs_recovery while mounted; resize2fs then wants e2fsck -f', async () => {
    // (a second later: the check is s_lastcheck < s_mtime)
    await s.exec('truncate -s 100M /root/m.img; mkfs.ext4 -q /root/m.img; sleep 1; mount /root/m.img /mnt');
    const l = (await s.exec('tune2fs -l /root/m.img')).stdout;
    expect(l).toContain(' filetype needs_recovery extent ');
    expect(l).toContain('\nFilesystem state:         clean\n');
    expect(l).toMatch(/\nLast mount time: {10}\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n/);
    expect(l).toContain('\nMount count:              1\n');
    expect((await s.exec('e2fsck -n /root/m.img')).stdout).toBe('Warning!  /root/m.img is mounted.\nWarning: skipping journal recovery because doing a read-only filesystem check.\nm.img: clean, 11/25584 files, 12081/102400 blocks\n'.replace('m.img:', '/root/m.img:'));
    await s.exec('umount /mnt; truncate -s 200M /root/m.img');
    expect((await s.exec('tune2fs -l /root/m.img')).stdout).not.toContain('needs_recovery');
    expect(await s.exec('resize2fs /root/m.img')).toMatchObject({ stdout: '', stderr: "resize2fs 1.46.5 (30-Dec-2021)\nPlease run 'e2fsck -f /root/m.img' first.\n\n", exitCode: 1 });
    expect((await s.exec('e2fsck -fp /root/m.img')).stdout).toBe('/root/m.img: 11/25584 files (0.0% non-contiguous), 12081/102400 blocks\n');
    expect((await s.exec('resize2fs /root/m.img')).exitCode).toBe(0);
  });
});

describe('fsck of util-linux 2.37.4', () => {
  it('prints its title and runs fsck.ext4 for an ext4 image, the unknown options passed on', async () => {
    const r = await s.exec('fsck -fn /root/c.img');
    expect(r.stdout).toMatch(/^fsck from util-linux 2\.37\.4\nPass 1: Checking inodes, blocks, and sizes\n/);
    expect(r.stderr).toBe('e2fsck 1.46.5 (30-Dec-2021)\n');
    expect((await s.exec('fsck -N -fy /root/c.img')).stdout).toBe('fsck from util-linux 2.37.4\n[/usr/sbin/fsck.ext4 (1) -- /root/c.img] fsck.ext4 -fy /root/c.img \n');
    expect((await s.exec('fsck -T -n /root/c.img')).stdout).toBe('backup: clean, 11/49200 files, 18009/204800 blocks (check in 2 mounts)\n');
  });

  it('a word without a slash is an option for the checker; -t must come once', async () => {
    expect(await s.exec('fsck')).toMatchObject({ stdout: 'fsck from util-linux 2.37.4\n', exitCode: 0 });
    expect(await s.exec('fsck -t ext4 -t ext3 /root/c.img')).toMatchObject({ stderr: "fsck: option '-t' may be specified only once\n", exitCode: 16 });
    expect((await s.exec('fsck --version')).stdout).toBe('fsck from util-linux 2.37.4\n');
    expect((await s.exec('fsck --help')).stdout).toContain('\nUsage:\n fsck [options] -- [fs-options] [<filesystem> ...]\n\nCheck and repair a Linux filesystem.\n');
  });
});

describe('cfdisk of util-linux 2.37.4', () => {
  it('help, version and the errors before its interface', async () => {
    expect((await s.exec('cfdisk --help')).stdout).toContain(' -r, --read-only          forced open cfdisk in read-only mode\n');
    expect((await s.exec('cfdisk -V')).stdout).toBe('cfdisk from util-linux 2.37.4\n');
    expect(await s.exec('cfdisk /dev/nope')).toMatchObject({ stderr: 'cfdisk: cannot open /dev/nope: No such file or directory\n', exitCode: 1 });
    expect(await s.exec('cfdisk --color=pink /dev/sda')).toMatchObject({ stderr: "cfdisk: unsupported color mode: 'pink'\n", exitCode: 1 });
    expect(await s.exec('cfdisk --lock=maybe /dev/sda')).toMatchObject({ stderr: 'cfdisk: unsupported lock mode: maybe\n', exitCode: 1 });
    await s.exec('exit');
    expect(await s.exec('cfdisk')).toMatchObject({ stderr: 'cfdisk: cannot open /dev/sda: Permission denied\n', exitCode: 1 });
    await s.exec('sudo -i');
  });
});
