// The coreutils commands whose bodies load on first use: their specs (and so --help, usage errors and Tab) are
// here, the run modules stay out of the guest chunk until the command is typed.
import { registerSpecCommand, type CommandDef } from '../../registry';
import { COREUTILS } from '.';

type Body = () => Promise<Pick<CommandDef, 'run'>>;

const LAZY: [string, string, Body][] = [
  ['md5sum', 'compute and check MD5 message digest', () => import('./md5sum/run')],
  ['sha1sum', 'compute and check SHA1 message digest', () => import('./sha1sum/run')],
  ['sha256sum', 'compute and check SHA256 message digest', () => import('./sha256sum/run')],
  ['sha512sum', 'compute and check SHA512 message digest', () => import('./sha512sum/run')],
  ['expr', 'evaluate expressions', () => import('./expr/run')],
  ['yes', 'output a string repeatedly until killed', () => import('./yes/run')],
  ['tty', 'print the file name of the terminal connected to standard input', () => import('./tty/run')],
  ['arch', 'print machine hardware name (same as uname -m)', () => import('./arch/run')],
  ['hostid', 'print the numeric identifier for the current host', () => import('./hostid/run')],
  ['comm', 'compare two sorted files line by line', () => import('./comm/run')],
  ['join', 'join lines of two files on a common field', () => import('./join/run')],
  ['od', 'dump files in octal and other formats', () => import('./od/run')],
  ['split', 'split a file into pieces', () => import('./split/run')],
  ['shuf', 'generate random permutations', () => import('./shuf/run')],
  ['factor', 'factor numbers', () => import('./factor/run')],
  ['numfmt', 'Convert numbers from/to human-readable strings', () => import('./numfmt/run')],
  ['who', 'show who is logged on', () => import('./who/run')],
  ['users', 'print the user names of users currently logged in to the current host', () => import('./users/run')],
  ['sha224sum', 'compute and check SHA224 message digest', () => import('./sha224sum/run')],
  ['sha384sum', 'compute and check SHA384 message digest', () => import('./sha384sum/run')],
  ['b2sum', 'compute and check BLAKE2 message digest', () => import('./b2sum/run')],
  ['cksum', 'checksum and count the bytes in a file', () => import('./cksum/run')],
  ['sum', 'checksum and count the blocks in a file', () => import('./sum/run')],
  ['base32', 'base32 encode/decode data and print to standard output', () => import('./base32/run')],
  ['basenc', 'Encode/decode data and print to standard output', () => import('./basenc/run')],
  ['expand', 'convert tabs to spaces', () => import('./expand/run')],
  ['unexpand', 'convert spaces to tabs', () => import('./unexpand/run')],
  ['tsort', 'perform topological sort', () => import('./tsort/run')],
  ['link', 'call the link function to create a link to a file', () => import('./link/run')],
  ['unlink', 'call the unlink function to remove the specified file', () => import('./unlink/run')],
  ['logname', 'print user\'s login name', () => import('./logname/run')],
  ['dir', 'list directory contents', () => import('./dir/run')],
  ['vdir', 'list directory contents', () => import('./vdir/run')],
  ['nice', 'run a program with modified scheduling priority', () => import('./nice/run')],
  ['stdbuf', 'Run COMMAND, with modified buffering operations for its standard streams.', () => import('./stdbuf/run')],
  ['fmt', 'simple optimal text formatter', () => import('./fmt/run')],
  ['stty', 'change and print terminal line settings', () => import('./stty/run')],
  ['dircolors', 'color setup for ls', () => import('./dircolors/run')],
  ['pathchk', 'check whether file names are valid or portable', () => import('./pathchk/run')],
  ['mkfifo', 'make FIFOs (named pipes)', () => import('./mkfifo/run')],
  ['mknod', 'make block or character special files', () => import('./mknod/run')],
  ['pinky', 'lightweight finger', () => import('./pinky/run')],
  ['shred', 'overwrite a file to hide its contents, and optionally delete it', () => import('./shred/run')],
  ['chroot', 'run command or interactive shell with special root directory', () => import('./chroot/run')],
  ['chcon', 'change file security context', () => import('./chcon/run')],
  ['runcon', 'run command with specified security context', () => import('./runcon/run')],
  ['csplit', 'split a file into sections determined by context lines', () => import('./csplit/run')],
  ['pr', 'convert text files for printing', () => import('./pr/run')],
];

for (const [name, summary, load] of LAZY) registerSpecCommand(COREUTILS[name], { shell: 'bash', summary, load });
