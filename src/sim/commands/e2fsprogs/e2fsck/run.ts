// e2fsck of e2fsprogs 1.46.5 (e2fsck/unix.c PRS(), main(), check_mount(), check_if_skip(), show_stats()) as
// e2fsck and fsck.ext2/3/4. A file system made here has nothing wrong with it: a forced check (-f, or a reason
// check_if_skip() finds) runs the five passes and prints the summary with the counts of lib/super.ts, the same
// figures the superblock holds; without one, the "clean" line. A mounted device is refused as check_mount()
// refuses it (on a terminal, after the warning and the question); -n only warns. What is left out: DIFFERENCES.md.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { getoptLong } from '../../util-linux/lib/getopt';
import { banner, DATE, VERSION } from '../mke2fs/help';
import { F, usage as fsUsage, EXTENTS } from '../lib/super';
import { BAD_MAGIC, SHORT_READ, nowSecs, openFs, plausible } from '../lib/open';
import { MOUNTED_WARNING, PASSES, SB_CORRUPT, usage } from './help';
import { spec } from './spec';

const OPTSTRING = 'panyrcC:B:dE:fvtFVM:b:I:j:P:l:L:N:SsDkz:';
const FSCK_OK = 0;
const FSCK_ERROR = 8;
const FSCK_USAGE = 16;

const pct = (n: number) => `${Math.floor(n / 10)}.${n % 10}`;
const p12 = (n: number) => String(n).padStart(12);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function* e2fsck(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  const { got, rest } = getoptLong([prog, ...ctx.args], OPTSTRING, [], false, (t) => ctx.err(t));
  const fatal = (msg: string) => {
    ctx.err(`e2fsck: ${msg}\n`);
    return FSCK_ERROR;
  };
  let mode: 'preen' | 'no' | 'yes' | undefined;
  let force = false;
  let verbose = false;
  let version = false;
  for (const g of got) {
    if (g.kind === 'error') {
      ctx.err(usage(prog));
      return FSCK_USAGE;
    }
    if (g.kind !== 'short') continue;
    const m = ({ p: 'preen', a: 'preen', n: 'no', y: 'yes' } as const)[g.c as 'p'];
    if (m) {
      if (mode && mode !== m) return fatal('Only one of the options -p/-a, -n or -y may be specified.');
      mode = m;
    } else if (g.c === 'f') force = true;
    else if (g.c === 'v') verbose = true;
    else if (g.c === 'V') version = true;
  }
  if (!version && rest.length !== 1) {
    ctx.err(usage(prog));
    return FSCK_USAGE;
  }
  if (mode !== 'preen' || version) ctx.err(banner.replace('mke2fs', 'e2fsck'));
  if (version) {
    ctx.err(`\tUsing EXT2FS Library version ${VERSION}, ${DATE}\n`);
    return FSCK_OK;
  }
  const device = rest[0];
  const interactive = ctx.tty && ctx.stdin === null;
  const readOnly = mode === 'no';
  const o = openFs(ctx, device, !readOnly);
  // check_mount()
  if (o.mounted || o.busy) {
    const what = o.mounted ? 'mounted' : 'in use';
    if (readOnly) ctx.out(`Warning!  ${device} is ${what}.\n`);
    else {
      ctx.out(`${device} is ${what}.\n`);
      if (!interactive || o.busy) return fatal('Cannot continue, aborting.\n');
      ctx.out(`\x07\x07\x07\x07\n${MOUNTED_WARNING}\x07\x07\x07\n`);
      // ask_yn(): one key, not echoed; the default (no) on Enter, space or Escape
      ctx.out('Do you really want to continue<n>? ');
      let cont: boolean | undefined;
      while (cont === undefined) {
        const k = String((yield { key: true }) ?? '\x03');
        if (k === '\x03') {
          ctx.out('cancelled!\n');
          cont = false;
        } else if (/^[yYaA]$/.test(k)) {
          ctx.out(/[aA]/.test(k) ? 'yes to all\n' : 'yes\n');
          cont = true;
        } else if (/^[nN\n \x1b]$/.test(k)) {
          ctx.out('no\n');
          cont = false;
        }
      }
      if (!cont) {
        ctx.out('check aborted.\n');
        return FSCK_OK;
      }
    }
  }
  if (!mode && !interactive) return fatal('need terminal for interactive repairs');
  if (!o.ok) {
    if (o.error === BAD_MAGIC && mode !== 'preen') ctx.out(`ext2fs_open2: ${BAD_MAGIC}\n${prog}: Superblock invalid, trying backup blocks...\n`);
    ctx.err(`${prog}: ${o.error} while trying to open ${device}\n`);
    if (o.error === SHORT_READ) ctx.out('Could this be a zero-length partition?\n');
    else if (o.error === 'Permission denied') ctx.out(`You must have ${readOnly ? 'r/o' : 'r/w'} access to the filesystem or be root\n`);
    else if (o.error === 'No such file or directory') ctx.out('Possibly non-existent device?\n');
    else if (o.error === BAD_MAGIC) ctx.out(SB_CORRUPT + plausible(device, o.other));
    return FSCK_ERROR;
  }
  const s = o.super;
  const name = (s.label || device).replace(/[\s:]/g, '_');
  const u = fsUsage(s);
  const inodes = s.u32(F.inodes);
  const usedInodes = inodes - s.u32(F.freeInodes);
  const blocks = s.blocks;
  const usedBlocks = blocks - s.freeBlocks;
  const now = nowSecs(ctx);
  // main(): a journal the kernel has in use is not replayed by a read-only check
  if (s.incompat & 0x4 && readOnly) ctx.out('Warning: skipping journal recovery because doing a read-only filesystem check.\n');
  // check_if_skip()
  let reason = '';
  const state = s.u16(F.state);
  const maxMnt = s.i16(F.maxMnt);
  const interval = s.u32(F.interval);
  const lastcheck = s.u32(F.lastcheck);
  if (state & 2) reason = ' contains a file system with errors';
  else if (!(state & 1)) reason = ' was not cleanly unmounted';
  else if (maxMnt > 0 && s.u16(F.mntCount) >= maxMnt) reason = ` has been mounted ${s.u16(F.mntCount)} times without being checked`;
  else if (interval && now < lastcheck) reason = ' has filesystem last checked time in the future';
  else if (interval && now - lastcheck >= interval) reason = ` has gone ${Math.floor((now - lastcheck) / 86400)} days without being checked`;
  if (!force && !reason) {
    let next = 100000;
    if (maxMnt > 0) next = Math.max(1, maxMnt - s.u16(F.mntCount));
    if (interval && now - lastcheck >= interval) next = 1;
    const when = next === 1 ? ' (check after next mount)' : next <= 5 ? ` (check in ${next} mounts)` : '';
    ctx.out(`${name}: clean, ${usedInodes}/${inodes} files, ${usedBlocks}/${blocks} blocks${when}\n`);
    return FSCK_OK;
  }
  if (reason && !force) ctx.out(`${name}${reason}, check forced.\n`);
  if (mode !== 'preen') ctx.out(PASSES);
  const frag = u.fragmented;
  const fragPct = usedInodes ? Math.floor((Math.floor((10000 * frag) / usedInodes) + 5) / 10) : 0;
  if (!verbose) ctx.out(`${name}: ${usedInodes}/${inodes} files (${pct(fragPct)}% non-contiguous), ${usedBlocks}/${blocks} blocks\n`);
  else {
    let t = `\n${p12(usedInodes)} ${plural(usedInodes, 'inode', 'inodes')} used (${((100 * usedInodes) / inodes).toFixed(2)}%, out of ${inodes})\n`;
    t += `${p12(frag)} ${plural(frag, 'non-contiguous file', 'non-contiguous files')} (${pct(fragPct)}%)\n`;
    t += `${p12(0)} non-contiguous directories (0.0%)\n`;
    t += '             # of inodes with ind/dind/tind blocks: 0/0/0\n';
    if (s.incompat & EXTENTS) {
      const deep = s.journal && s.u32(F.jnlBlocks + 64) / s.blockSize > 4 * 32768;
      t += `             Extent depth histogram: ${deep ? '2/1' : s.journal ? '3' : '2'}\n`;
    }
    t += `${p12(usedBlocks)} ${plural(usedBlocks, 'block', 'blocks')} used (${((100 * usedBlocks) / blocks).toFixed(2)}%, out of ${blocks})\n`;
    t += `${p12(0)} bad blocks\n${p12(0)} large files\n\n${p12(0)} regular files\n${p12(2)} directories\n`;
    t += `${p12(0)} character device files\n${p12(0)} block device files\n${p12(0)} fifos\n${p12(0)} links\n`;
    t += `${p12(0)} symbolic links (0 fast symbolic links)\n${p12(0)} sockets\n------------\n${p12(2)} files\n`;
    ctx.out(t);
  }
  if (!readOnly) {
    s.set32(F.lastcheck, now);
    s.set16(F.mntCount, 0);
    s.set16(F.state, 1);
    s.set32(F.wtime, now);
    o.save();
  }
  return FSCK_OK;
}

def({ name: 'e2fsck', aliases: ['fsck.ext2', 'fsck.ext3', 'fsck.ext4'], summary: 'check a Linux ext2/ext3/ext4 file system', available: linuxOnly, spec, run: e2fsck });
