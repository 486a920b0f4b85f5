// blockdev of util-linux 2.37.4 (disk-utils/blockdev.c reads its own argv): the --get* ioctls of the box's disk and
// partitions (lib/disk.ts), one value a line (-v: with the ioctl's description), --report's table, and the --set*
// ones for root (--rereadpt on the disk in use: EBUSY). A user cannot open the devices. Read-ahead is the kernel's
// default 128 KiB (256 sectors) and the soft block size 4096.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { DISK_SECTORS, GPT_PARTS } from '../lib/disk';
import { spec } from './spec';
import { help, version } from './help';

/** bdcms[]: name, ioctl, argument name, description (for -v). */
const CMDS: [string, string, string | null, string][] = [
  ['--setro', 'BLKROSET', null, 'set read-only'], ['--setrw', 'BLKROSET', null, 'set read-write'], ['--getro', 'BLKROGET', null, 'get read-only'],
  ['--getdiscardzeroes', 'BLKDISCARDZEROES', null, 'get discard zeroes support status'], ['--getss', 'BLKSSZGET', null, 'get logical block (sector) size'],
  ['--getpbsz', 'BLKPBSZGET', null, 'get physical block (sector) size'], ['--getiomin', 'BLKIOMIN', null, 'get minimum I/O size'], ['--getioopt', 'BLKIOOPT', null, 'get optimal I/O size'],
  ['--getalignoff', 'BLKALIGNOFF', null, 'get alignment offset in bytes'], ['--getmaxsect', 'BLKSECTGET', null, 'get max sectors per request'],
  ['--getbsz', 'BLKBSZGET', null, 'get blocksize'], ['--setbsz', 'BLKBSZSET', 'BLOCKSIZE', 'set blocksize on file descriptor opening the block device'],
  ['--getsize', 'BLKGETSIZE', null, 'get 32-bit sector count (deprecated, use --getsz)'], ['--getsize64', 'BLKGETSIZE64', null, 'get size in bytes'],
  ['--setra', 'BLKRASET', 'READAHEAD', 'set readahead'], ['--getra', 'BLKRAGET', null, 'get readahead'], ['--setfra', 'BLKFRASET', 'FSREADAHEAD', 'set filesystem readahead'],
  ['--getfra', 'BLKFRAGET', null, 'get filesystem readahead'], ['--flushbufs', 'BLKFLSBUF', null, 'flush buffers'],
  ['--rereadpt', 'BLKRRPART', null, 'reread partition table'],
];

function sectors(dev: string): { n: number; start: number } | null {
  if (dev === '/dev/sda') return { n: DISK_SECTORS, start: 0 };
  const p = GPT_PARTS.find((x) => '/dev/' + x.name === dev);
  return p ? { n: p.end - p.start + 1, start: p.start } : null;
}

function* blockdev(ctx: CommandContext): CommandRun {
  const argv = ctx.args;
  const fail = (m: string) => {
    ctx.err(`blockdev: ${m}\n`);
    return 1;
  };
  if (!argv.length) return fail("not enough arguments\nTry 'blockdev --help' for more information.");
  if (argv[0] === '-V' || argv[0] === '--version') return ctx.out(version), 0;
  if (argv[0] === '-h' || argv[0] === '--help') return ctx.out(help), 0;
  const ra = new Map<string, number>();
  const report = (dev: string, quiet: boolean): string => {
    const s = sectors(ctx.resolve(dev));
    if (!s || !isRoot(ctx)) {
      if (!quiet) ctx.err(`blockdev: cannot open ${dev}: ${s ? 'Permission denied' : 'No such file or directory'}\n`);
      return '';
    }
    return `rw ${String(ra.get(dev) ?? 256).padStart(5)} ${'512'.padStart(5)} ${'4096'.padStart(5)} ${String(s.start).padStart(15)} ${String(s.n * 512).padStart(15)}   ${dev}\n`;
  };
  if (argv[0] === '--report') {
    let out = 'RO    RA   SSZ   BSZ        StartSec            Size   Device\n';
    if (argv.length > 1) for (const d of argv.slice(1)) out += report(d, false);
    else for (const d of ['/dev/sda', ...GPT_PARTS.map((p) => '/dev/' + p.name)]) out += report(d, true);
    ctx.out(out);
    return 0;
  }
  let d = 0;
  for (; d < argv.length; d++) {
    const c = CMDS.find((x) => x[0] === argv[d]);
    if (c) {
      if (c[2]) d++;
      continue;
    }
    if (argv[d] === '--getsz') continue;
    if (argv[d] === '--') {
      d++;
      break;
    }
    if (!argv[d].startsWith('-')) break;
  }
  if (d >= argv.length) return fail("no device specified\nTry 'blockdev --help' for more information.");
  let out = '';
  for (const dev of argv.slice(d)) {
    const s = sectors(ctx.resolve(dev));
    if (!s) return ctx.out(out), fail(`cannot open ${dev}: No such file or directory`);
    if (!isRoot(ctx)) return ctx.out(out), fail(`cannot open ${dev}: Permission denied`);
    let verbose = false;
    for (let i = 0; i < d; i++) {
      const a = argv[i];
      if (a === '-q') verbose = false;
      else if (a === '-v') verbose = true;
      else if (a === '--getsz') out += `${s.n}\n`;
      else {
        const c = CMDS.find((x) => x[0] === a);
        if (!c) {
          ctx.out(out);
          return fail(`Unknown command: ${a}\nTry 'blockdev --help' for more information.`);
        }
        const values: Record<string, number> = {
          '--getro': 0, '--getdiscardzeroes': 0, '--getss': 512, '--getpbsz': 512, '--getiomin': 512, '--getioopt': 0, '--getalignoff': 0,
          '--getmaxsect': 1280, '--getbsz': 4096, '--getsize': s.n, '--getsize64': s.n * 512, '--getra': ra.get(dev) ?? 256, '--getfra': ra.get(dev) ?? 256,
        };
        if (a in values) out += verbose ? `${c[3]}: ${values[a]}\n` : `${values[a]}\n`;
        else if (a === '--rereadpt' && ctx.resolve(dev) === '/dev/sda') {
          ctx.out(out);
          ctx.err('blockdev: ioctl error on BLKRRPART: Device or resource busy\n');
          return 1;
        } else {
          if (c[2]) {
            const v = argv[++i];
            if (a === '--setra' || a === '--setfra') ra.set(dev, Number(v));
          }
          if (verbose) out += `${c[3]} succeeded.\n`;
        }
      }
    }
  }
  ctx.out(out);
  return 0;
}

def({ name: 'blockdev', summary: 'call block device ioctls from the command line', available: linuxOnly, spec, run: blockdev });
