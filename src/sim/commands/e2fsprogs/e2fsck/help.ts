// e2fsck 1.46.5's texts: usage() and the messages of e2fsck/unix.c, and PR_0_SB_CORRUPT of e2fsck/problem.c.
export const usage = (prog: string) =>
  `Usage: ${prog} [-panyrcdfktvDFV] [-b superblock] [-B blocksize]\n\t\t[-l|-L bad_blocks_file] [-C fd] [-j external_journal]\n\t\t[-E extended-options] [-z undo_file] device\n` +
  '\nEmergency help:\n -p                   Automatic repair (no questions)\n -n                   Make no changes to the filesystem\n -y                   Assume "yes" to all questions\n -c                   Check for bad blocks and add them to the badblock list\n -f                   Force checking even if filesystem is marked clean\n' +
  ' -v                   Be verbose\n -b superblock        Use alternative superblock\n -B blocksize         Force blocksize when looking for superblock\n -j external_journal  Set location of the external journal\n -l bad_blocks_file   Add to badblocks list\n -L bad_blocks_file   Set badblocks list\n -z undo_file         Create an undo file\n';

export const SB_CORRUPT =
  '\nThe superblock could not be read or does not describe a valid ext2/ext3/ext4\nfilesystem.  If the device is valid and it really contains an ext2/ext3/ext4\nfilesystem (and not swap or ufs or something else), then the superblock\nis corrupt, and you might try running e2fsck with an alternate superblock:\n    e2fsck -b 8193 <device>\n or\n    e2fsck -b 32768 <device>\n\n';

export const PASSES =
  'Pass 1: Checking inodes, blocks, and sizes\nPass 2: Checking directory structure\nPass 3: Checking directory connectivity\nPass 4: Checking reference counts\nPass 5: Checking group summary information\n';

export const MOUNTED_WARNING = '\n\nWARNING!!!  The filesystem is mounted.   If you continue you ***WILL***\ncause ***SEVERE*** filesystem damage.\n\n';
