// parted 3.5 on the box's disk and on image files (named by their canonical path, as libparted does); the expected
// texts are the host's parted 3.5 printing an image with the same GPT layout (its Model line aside) and image files
// holding a file system or nothing. The table commands' recorded cases: parted-golden.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

const TABLE = 'Number  Start   End     Size    File system     Name  Flags\n 1      1049kB  2097kB  1049kB                        bios_grub\n 2      2097kB  2150MB  2147MB  linux-swap(v1)        swap\n 3      2150MB  3223MB  1074MB  xfs\n 4      3223MB  10.7GB  7513MB  xfs\n\n';
const HEAD = 'Model: ATA VBOX HARDDISK (scsi)\nDisk /dev/sda: 10.7GB\nSector size (logical/physical): 512B/512B\nPartition Table: gpt\nDisk Flags: \n\n';

describe('parted', () => {
  it('lists nothing for a user; root sees the GPT disk', async () => {
    expect(await s.exec('parted -l')).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec('sudo parted -l')).stdout).toBe(HEAD + TABLE);
    expect((await s.exec('sudo parted /dev/sda print')).stdout).toBe(HEAD + TABLE);
  });

  it('units, machine output', async () => {
    expect((await s.exec('sudo parted -s /dev/sda unit s print')).stdout).toContain('Disk /dev/sda: 20971520s\n');
    expect((await s.exec('sudo parted -s /dev/sda unit s print')).stdout).toContain('Number  Start     End        Size       File system     Name  Flags\n 1      2048s     4095s      2048s                            bios_grub\n 2      4096s     4198399s   4194304s   linux-swap(v1)        swap\n 3      4198400s  6295551s   2097152s   xfs\n 4      6295552s  20969471s  14673920s  xfs\n\n');
    expect((await s.exec('sudo parted /dev/sda unit MiB print')).stdout).toContain(' 1      1.00MiB  2.00MiB   1.00MiB                        bios_grub\n 2      2.00MiB  2050MiB   2048MiB  linux-swap(v1)        swap\n');
    expect((await s.exec('sudo parted -m /dev/sda print')).stdout).toBe('BYT;\n/dev/sda:10.7GB:scsi:512:512:gpt:ATA VBOX HARDDISK:;\n1:1049kB:2097kB:1049kB:::bios_grub;\n2:2097kB:2150MB:2147MB:linux-swap(v1)::swap;\n3:2150MB:3223MB:1074MB:xfs::;\n4:3223MB:10.7GB:7513MB:xfs::;\n');
  });

  it('image files: a file system is the "loop" label; nothing is an unrecognised label', async () => {
    await s.exec('truncate -s 1G a.img; mkfs.ext4 -q a.img');
    expect((await s.exec('parted -s a.img print')).stdout).toBe('Model:  (file)\nDisk /home/vagrant/a.img: 1074MB\nSector size (logical/physical): 512B/512B\nPartition Table: loop\nDisk Flags: \n\nNumber  Start  End     Size    File system  Flags\n 1      0.00B  1074MB  1074MB  ext4\n\n');
    expect((await s.exec('parted -m -s a.img print')).stdout).toBe('BYT;\n/home/vagrant/a.img:1074MB:file:512:512:loop::;\n1:0.00B:1074MB:1074MB:ext4::;\n');
    await s.exec('truncate -s 100M e.img');
    expect(await s.exec('parted -s e.img print')).toMatchObject({
      stdout: 'Model:  (file)\nDisk /home/vagrant/e.img: 105MB\nSector size (logical/physical): 512B/512B\nPartition Table: unknown\nDisk Flags: \n',
      stderr: 'Error: /home/vagrant/e.img: unrecognised disk label\n',
      exitCode: 1,
    });
    expect(await s.exec('parted -s nonexist print')).toMatchObject({ stderr: 'Error: Could not stat device nonexist - No such file or directory.\n', exitCode: 1 });
  });

  it('--help, -v, a bad option', async () => {
    expect((await s.exec('parted --help')).stdout).toMatch(/^Usage: parted \[OPTION\]\.\.\. \[DEVICE \[COMMAND \[PARAMETERS\]\.\.\.\]\.\.\.\]\n[\s\S]*\nReport bugs to bug-parted@gnu.org\n$/);
    expect((await s.exec('parted -v')).stdout.split('\n')[0]).toBe('parted (GNU parted) 3.5');
    expect(await s.exec('parted --bogus')).toMatchObject({ stderr: "parted: unrecognized option '--bogus'\nUsage: parted [-hlmsfv] [-a<align>] [DEVICE [COMMAND [PARAMETERS]]...]\n", exitCode: 1 });
  });

  it('the interactive prompt prints and quits', async () => {
    const r = await s.exec('sudo parted');
    expect(r.stdout).toBe("GNU Parted 3.5\nUsing /dev/sda\nWelcome to GNU Parted! Type 'help' to view a list of commands.\n(parted) ");
    expect((await s.exec('print')).stdout).toBe('print\n' + HEAD + TABLE + '(parted) ');
    expect((await s.exec('help')).stdout).toContain('  quit                                     exit program\n');
    expect(await s.exec('quit')).toMatchObject({ exitCode: 0 });
  });
});

describe('parted: changing tables', () => {
  it('refuses to relabel the box disk in use, and to remove a partition in use', async () => {
    expect(await s.exec('sudo parted -s /dev/sda mklabel gpt')).toMatchObject({ stderr: 'Error: Partition(s) on /dev/sda are being used.\n', exitCode: 1 });
    expect(await s.exec('sudo parted -s /dev/sda rm 4')).toMatchObject({ stderr: 'Warning: Partition /dev/sda4 is being used. Are you sure you want to continue?\n', exitCode: 1 });
    expect((await s.exec('sudo parted -s /dev/sda print')).stdout).toBe(HEAD + TABLE);
  });

  it('a table written on a loop device stays in its image file', async () => {
    await s.exec('truncate -s 100M l.img');
    const dev = (await s.exec('sudo losetup -f --show l.img')).stdout.trim();
    expect(dev).toMatch(/^\/dev\/loop\d+$/);
    expect(await s.exec(`sudo parted -s ${dev} mklabel gpt mkpart data xfs 1MiB 100%`)).toMatchObject({ output: '', exitCode: 0 });
    expect((await s.exec(`sudo parted -s ${dev} print`)).stdout).toBe(`Model: Loopback device (loopback)\nDisk ${dev}: 105MB\nSector size (logical/physical): 512B/512B\nPartition Table: gpt\nDisk Flags: \n\nNumber  Start   End    Size   File system  Name  Flags\n 1      1049kB  105MB  104MB               data\n\n`);
    expect((await s.exec('parted -m -s l.img print')).stdout).toBe('BYT;\n/home/vagrant/l.img:105MB:file:512:512:gpt::;\n1:1049kB:105MB:104MB::data:;\n');
    // blkid reads the table from the device: the disk GUID of the GPT header and its type
    const bl = await s.exec(`sudo blkid ${dev}`);
    expect(bl.stdout).toMatch(new RegExp(`^${dev}: PTUUID="[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" PTTYPE="gpt"\n$`));
    expect((await s.exec('blkid -o value -s PTTYPE l.img')).stdout).toBe('gpt\n');
    await s.exec('parted -s m.img mklabel msdos 2>/dev/null; truncate -s 10M m.img; parted -s m.img mklabel msdos');
    expect((await s.exec('blkid m.img')).stdout).toMatch(/^m\.img: PTUUID="[0-9a-f]{8}" PTTYPE="dos"\n$/);
    expect((await s.exec('sudo parted -s l.img rm 1 print')).stdout).toContain('Partition Table: gpt\nDisk Flags: \n\nNumber  Start  End  Size  File system  Name  Flags\n\n');
  });
});

describe('parted: questions parted.c and ui.c ask', () => {
  it('msdos partition types, the flag state question', async () => {
    await s.exec('truncate -s 100M q.img; parted -s q.img mklabel msdos');
    expect(await s.exec('parted -s q.img mkpart bogus 1MiB 2MiB')).toMatchObject({ stderr: 'parted: invalid token: bogus\nError: Expecting a partition type.\n', exitCode: 1 });
    expect((await s.exec('sudo parted q.img mkpart')).stdout).toBe('Partition type?  primary/extended? ');
    expect((await s.exec('primary')).stdout).toBe('primary\nFile system type?  [ext2]? ');
    await s.exec('');
    await s.exec('1MiB');
    expect(await s.exec('10MiB')).toMatchObject({ exitCode: 0 });
    expect((await s.exec('parted -s q.img print')).stdout).toContain(' 1      1049kB  10.5MB  9437kB  primary               lba\n');
    await s.exec('truncate -s 100M g.img; parted -s g.img mklabel gpt mkpart a 1MiB 10MiB');
    expect((await s.exec('sudo parted g.img set 1 lvm')).stdout).toBe('New state?  [on]/off? ');
    await s.exec('');
    expect((await s.exec('parted -m -s g.img print')).stdout).toContain('1:1049kB:10.5MB:9437kB::a:lvm;\n');
  });
});
