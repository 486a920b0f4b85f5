// mke2fs of e2fsprogs 1.46.5 as mkfs.ext4 and friends: an image file gets the layout the real tool computes (the
// expected lines are mkfs.ext4's own output for the same sizes, Debian's e2fsprogs computing them the same way),
// blkid then finds the file system; the box's mounted partitions and its whole disk are refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  await s.exec('sudo -i');
});

const visible = (t: string) => t.replace(/(?<=: ) *\d+\/ *\d+\x08+ +\x08+/g, '');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;

describe('mkfs.ext4 on an image file', () => {
  it('prints the banner, the progress and the layout of a 1 GiB file', async () => {
    await s.exec('truncate -s 1G /root/a.img');
    const r = await s.exec('mkfs.ext4 /root/a.img');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('mke2fs 1.46.5 (30-Dec-2021)\n');
    // the real byte stream: the first progress update, then backspaces, spaces and backspaces over it
    expect(r.stdout).toContain('Allocating group tables: 0/8\b\b\b   \b\b\bdone                            \n');
    expect(r.stdout).toContain('Discarding device blocks:      0/262144\b\b\b\b\b\b\b\b\b\b\b\b\b             \b\b\b\b\b\b\b\b\b\b\b\b\bdone                            \n');
    expect(visible(r.stdout).replace(UUID, 'U')).toBe(
      'Discarding device blocks: done                            \nCreating filesystem with 262144 4k blocks and 65536 inodes\nFilesystem UUID: U\nSuperblock backups stored on blocks: \n\t32768, 98304, 163840, 229376\n\nAllocating group tables: done                            \nWriting inode tables: done                            \nCreating journal (8192 blocks): done\nWriting superblocks and filesystem accounting information: done\n\n',
    );
    const uuid = UUID.exec(r.stdout)![0];
    expect((await s.exec('blkid /root/a.img')).stdout).toBe(`/root/a.img: UUID="${uuid}" BLOCK_SIZE="4096" TYPE="ext4"\n`);
  });

  it('small files get 1k blocks, their inode count and backups; a label shows in blkid', async () => {
    await s.exec('truncate -s 100M b.img');
    const r = await s.exec('mkfs.ext4 -L data b.img');
    expect(visible(r.stdout)).toContain('Creating filesystem with 102400 1k blocks and 25584 inodes\n');
    expect(r.stdout).toContain('\t8193, 24577, 40961, 57345, 73729\n\n');
    expect(r.stdout).toContain('Creating journal (4096 blocks): done\n');
    expect((await s.exec('blkid -o export b.img')).stdout).toMatch(/^DEVNAME=b.img\nLABEL=data\nUUID=\S+\nBLOCK_SIZE=1024\nTYPE=ext4\n$/);
    expect((await s.exec('blkid -s TYPE -o value b.img')).stdout).toBe('ext4\n');
  });

  it('on a terminal, a file system already there is asked about (check_plausibility, proceed_question)', async () => {
    const r = await s.exec('mkfs.ext4 -q b.img');
    expect(r.stdout).toMatch(/^b.img contains a ext4 file system labelled 'data'\n\tcreated on \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n/);
    const no = await s.exec('n');
    expect(no).toMatchObject({ exitCode: 1 });
    expect((await s.exec('blkid -s LABEL -o value b.img')).stdout).toBe('data\n');
    expect((await s.exec('mkfs.ext4 -q b.img < /dev/null')).exitCode).toBe(0);
    expect((await s.exec('blkid -s LABEL -o value b.img')).exitCode).toBe(2);
  });

  it('other sizes: one group, too small for a journal, a dropped last group', async () => {
    for (const [size, line] of [
      ['2M', 'Creating filesystem with 2048 1k blocks and 256 inodes\n\n'],
      ['300K', 'Creating filesystem with 300 1k blocks and 40 inodes\n\n'],
      ['1030M', 'Creating filesystem with 263680 4k blocks and 65952 inodes\n'],
      ['5G', 'Creating filesystem with 1310720 4k blocks and 327680 inodes\n'],
    ]) {
      await s.exec(`rm -f g.img; truncate -s ${size} g.img`);
      const r = await s.exec('mkfs.ext4 g.img');
      expect(visible(r.stdout)).toContain(line);
      if (size === '300K') expect(r.stderr).toBe('mke2fs 1.46.5 (30-Dec-2021)\n\nFilesystem too small for a journal\n');
      if (size === '5G') expect(r.stdout).toContain('\t32768, 98304, 163840, 229376, 294912, 819200, 884736\n\n');
    }
  });

  it('mke2fs makes ext2 (no journal), mkfs.ext3 ext3; -q is silent; a size makes the file', async () => {
    await s.exec('truncate -s 10M e.img');
    const r = await s.exec('mke2fs e.img');
    expect(r.stdout).not.toContain('journal');
    expect((await s.exec('blkid -s TYPE e.img')).stdout).toBe('e.img: TYPE="ext2"\n');
    await s.exec('mkfs.ext3 -q -F e.img');
    expect((await s.exec('blkid -s TYPE e.img')).stdout).toBe('e.img: TYPE="ext3"\n');
    expect(await s.exec('mkfs.ext4 -q new.img 10M')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec("stat -c %s new.img")).stdout).toBe('10485760\n');
    expect(await s.exec('mkfs.ext4 none.img')).toMatchObject({ stderr: 'mke2fs 1.46.5 (30-Dec-2021)\nThe file none.img does not exist and no size was specified.\n', exitCode: 1 });
  });
});

describe('wipefs on what mkfs made (the host\'s wipefs prints the same lines for its own image)', () => {
  it('lists and erases the ext4 and swap magics', async () => {
    await s.exec('truncate -s 100M w.img; mkfs.ext4 -q -F -L lab w.img');
    const uuid = (await s.exec('blkid -s UUID -o value w.img')).stdout.trim();
    expect((await s.exec('wipefs w.img')).stdout).toBe(`DEVICE OFFSET TYPE UUID                                 LABEL\nw.img  0x438  ext4 ${uuid} lab\n`);
    expect((await s.exec('wipefs -n -a w.img')).stdout).toBe('w.img: 2 bytes were erased at offset 0x00000438 (ext4): 53 ef\n');
    expect((await s.exec('blkid -s TYPE w.img')).stdout).toBe('w.img: TYPE="ext4"\n');
    expect((await s.exec('wipefs -a w.img')).stdout).toBe('w.img: 2 bytes were erased at offset 0x00000438 (ext4): 53 ef\n');
    expect(await s.exec('blkid w.img')).toMatchObject({ output: '', exitCode: 2 });
    expect(await s.exec('wipefs w.img')).toMatchObject({ output: '', exitCode: 0 });
  });
});

describe('mkfs.ext4 on the box disk', () => {
  it('refuses mounted partitions, the swap in use and the whole disk', async () => {
    expect(await s.exec('mkfs.ext4 /dev/sda4')).toMatchObject({ stderr: 'mke2fs 1.46.5 (30-Dec-2021)\n/dev/sda4 is mounted; will not make a filesystem here!\n', exitCode: 1 });
    expect((await s.exec('mkfs.ext4 /dev/sda3')).stderr).toContain('/dev/sda3 is mounted; will not make a filesystem here!\n');
    expect((await s.exec('mkfs.ext4 /dev/sda2')).stderr).toContain('/dev/sda2 is mounted; will not make a filesystem here!\n');
    expect((await s.exec('mkfs.ext4 /dev/sda')).stderr).toContain('/dev/sda is apparently in use by the system; will not make a filesystem here!\n');
    expect((await s.exec('blkid /dev/sda4')).stdout).toContain('TYPE="xfs"');
  });

  it('the free BIOS boot partition takes a file system blkid then reports', async () => {
    expect((await s.exec('mkfs.ext2 -q /dev/sda1')).exitCode).toBe(0);
    expect((await s.exec('blkid /dev/sda1')).stdout).toMatch(/^\/dev\/sda1: UUID="\S+" BLOCK_SIZE="1024" TYPE="ext2" PARTUUID="\S+"\n$/);
    expect(await s.exec('mount /dev/sda1 /mnt')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('findmnt -n /mnt')).stdout).toBe('/mnt   /dev/sda1 ext2   rw,relatime,seclabel\n');
    expect((await s.exec('lsblk -f')).stdout).toMatch(/\n├─sda1 ext2   1\.0         \S{36}\s+\/mnt\n/);
    expect((await s.exec('mkfs.ext4 /dev/sda1')).stderr).toContain('/dev/sda1 is mounted; will not make a filesystem here!\n');
    await s.exec('umount /mnt');
  });

  it('an image file behind a mounted loop device is mounted (check_loop_mounted)', async () => {
    await s.exec('truncate -s 100M /root/m.img; mkfs.ext4 -q /root/m.img; mount /root/m.img /mnt');
    expect(await s.exec('mkfs.ext4 /root/m.img')).toMatchObject({ stderr: 'mke2fs 1.46.5 (30-Dec-2021)\n/root/m.img is mounted; will not make a filesystem here!\n', exitCode: 1 });
    await s.exec('umount /mnt');
  });

  it('usage, -V and a bad option as getopt and usage() print them', async () => {
    expect(await s.exec('mkfs.ext4 -V')).toMatchObject({ stderr: 'mke2fs 1.46.5 (30-Dec-2021)\n\tUsing EXT2FS Library version 1.46.5\n', exitCode: 0 });
    const r = await s.exec('mkfs.ext4 -x');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^mkfs.ext4: invalid option -- 'x'\nUsage: mkfs.ext4 \[-c\|-l filename\] \[-b block-size\] \[-C cluster-size\]\n/);
    expect((await s.exec('mke2fs')).stderr).toMatch(/^Usage: mke2fs .*\n(\t.*\n)+$/);
  });
});
