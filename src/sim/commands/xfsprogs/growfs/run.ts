// xfs_growfs of xfsprogs 6.4.0 (growfs/xfs_growfs.c): the mount point or the mounted device of an XFS; the old
// geometry (naming the device), then the data section grown to the device's size as the kernel's
// xfs_growfs_data_private() grows it (lib/geometry.ts grownBlocks()) and "data blocks changed from X to Y".
// -n shows the geometry only; -D takes a size in blocks. The log and realtime sections stay as they are.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { mounts } from '../../lib/mounts';
import { writeXfs, probe } from '../../lib/fs-super';
import { getoptLong } from '../../util-linux/lib/getopt';
import { grownBlocks, report } from '../lib/geometry';
import { xfsOn } from '../lib/device';
import { VERSION } from '../mkfs/help';
import { spec } from './spec';

const usage = (prog: string) =>
  `Usage: ${prog} [options] mountpoint\n\nOptions:\n` +
  '\t-d          grow data/metadata section\n' +
  '\t-l          grow log section\n' +
  '\t-r          grow realtime section\n' +
  "\t-n          don't change anything, just show geometry\n" +
  '\t-i          convert log from external to internal format\n' +
  '\t-t          alternate location for mount table (/etc/mtab)\n' +
  '\t-x          convert log from internal to external format\n' +
  '\t-D size     grow data/metadata section to size blks\n' +
  '\t-L size     grow/shrink log section to size blks\n' +
  '\t-R size     grow realtime section to size blks\n' +
  '\t-e size     set realtime extent size to size blks\n' +
  '\t-m imaxpct  set inode max percent to imaxpct\n' +
  '\t-V          print version information\n';

function* xfsGrowfs(ctx: CommandContext): CommandRun {
  let prog = ctx.name.replace(/.*\//, '');
  const { got, rest } = getoptLong([prog, ...ctx.args], 'dD:e:ilL:m:np:rR:t:xV', [], false, (m) => ctx.err(m));
  const has = (c: string) => got.some((g) => g.kind === 'short' && g.c === c);
  const arg = (c: string) => (got.filter((g) => g.kind === 'short' && g.c === c).pop() as { arg?: string } | undefined)?.arg;
  for (const g of got) {
    if (g.kind === 'error') {
      ctx.err(usage(prog));
      return 2;
    }
    if (g.kind === 'short' && g.c === 'p') prog = g.arg ?? prog;
    if (g.kind === 'short' && g.c === 'V') {
      ctx.out(`${prog} version ${VERSION}\n`);
      return 0;
    }
  }
  if (rest.length !== 1 || (has('i') && has('x'))) {
    ctx.err(usage(prog));
    return 2;
  }
  const path = ctx.resolve(rest[0]);
  if (!ctx.host.fs.exists(path) && !/^\/dev\/(sda\d|loop\d+)$/.test(path)) {
    ctx.err(`${prog}: path resolution failed for ${rest[0]}: No such file or directory\n`);
    return 1;
  }
  const m = mounts(ctx.host).find((x) => x.fstype === 'xfs' && (x.target === path || x.source === path));
  const d = m ? xfsOn(ctx.host, m.source) : undefined;
  if (!m || !d) {
    ctx.err(`${prog}: ${rest[0]} is not a mounted XFS filesystem\n`);
    return 1;
  }
  // libxfs_init() opens the data device
  if (!isRoot(ctx)) {
    ctx.err(`${prog}: cannot open ${m.source}: Permission denied\n`);
    return 1;
  }
  const geo = d.geo;
  ctx.out(report(geo, m.source));
  const bpb = geo.blockSize / 512;
  let sectors = Math.floor(d.bytes / 512);
  sectors -= sectors % 2;
  const devBlocks = Math.floor(sectors / bpb);
  const dflag = has('d') || has('D');
  const aflag = !dflag && !has('l') && !has('L') && !has('r') && !has('R') && !has('e') && !has('m') && !has('i') && !has('x');
  let error = 0;
  let next = geo;
  if (dflag || aflag || has('m')) {
    const maxpct = has('m') ? Number.parseInt(arg('m') ?? '0', 10) || 0 : geo.imaxpct;
    let dsize = !dflag && !aflag ? geo.dblocks : Number.parseInt(arg('D') ?? '0', 10) || devBlocks;
    if (dsize > devBlocks) {
      ctx.err(`data size ${dsize} too large, maximum is ${devBlocks}\n`);
      error = 1;
      dsize = geo.dblocks;
    }
    // shrinking (the kernel's answer depends on the free space at the end) is not modelled: DIFFERENCES.md
    if (!error && dsize < geo.dblocks) ctx.err(`[EXPERIMENTAL] try to shrink unused space ${dsize}, old size is ${geo.dblocks}\n`);
    else if (!error && dsize === geo.dblocks && maxpct === geo.imaxpct) {
      if (dflag) ctx.err('data size unchanged, skipping\n');
      if (has('m')) ctx.err('inode max pct unchanged, skipping\n');
    } else if (!error && !has('n')) {
      const g = grownBlocks(geo, dsize);
      next = { ...geo, dblocks: g.dblocks, agcount: g.agcount, imaxpct: maxpct };
    }
  }
  if (!error && (has('l') || has('L')) && !has('n')) {
    // the kernel's xfs_growfs_log(): EINVAL for a log no larger, ENOSYS for a larger one
    const lsize = Number.parseInt(arg('L') ?? '0', 10) || geo.logblocks;
    if (lsize === geo.logblocks && !has('x')) ctx.err('log size unchanged, skipping\n');
    else {
      ctx.err(lsize <= geo.logblocks ? `${prog}: XFS_IOC_FSGROWFSLOG xfsctl failed: Invalid argument\n` : `${prog}: log growth not supported yet\n`);
      error = 1;
    }
  }
  if (next !== geo && d.node) {
    const p = probe(d.node);
    if (p?.type === 'xfs') writeXfs(d.node, { ...p.xfs, dblocks: next.dblocks, agcount: next.agcount, imaxpct: next.imaxpct });
    ctx.host.fs.modified(d.node);
  }
  if (next.dblocks !== geo.dblocks) ctx.out(`data blocks changed from ${geo.dblocks} to ${next.dblocks}\n`);
  if (next.imaxpct !== geo.imaxpct) ctx.out(`inode max percent changed from ${geo.imaxpct} to ${next.imaxpct}\n`);
  return error;
}

def({ name: 'xfs_growfs', summary: 'expand an XFS filesystem', available: linuxOnly, spec, run: xfsGrowfs });
