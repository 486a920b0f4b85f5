// The layout mkfs.xfs of xfsprogs 6.4.0 (Rocky 9.5: xfsprogs-6.4.0-4.el9) gives a data device of a size with its
// default options (crc, finobt, sparse inodes, reflink, bigtime, inobtcount; 512-byte inodes and sectors):
// calc_default_ag_geometry() of libxfs/topology.c (4 AGs on one disk from 128 MiB to 4 TiB, fewer below, the
// largest AGs above), align_ag_geometry()'s dropping of a last AG under 16 MiB, calculate_imaxpct() and
// calculate_log_size() of mkfs/xfs_mkfs.c (a 2048:1 data:log ratio, at least 64 MiB, at most 2 GiB - 10 MiB; a
// file system under 300 MiB gets the minimum log, which libxfs_log_calc_minimum_size() works out from the
// transaction reservations: the figures per block size were read from the built mkfs.xfs, see
// scripts/golden/xfsprogs.sh). xfs_report_geom() of libfrog/fsgeom.c prints it.

export interface XfsGeometry {
  blockSize: number;
  sectSize: number;
  inodeSize: number;
  dblocks: number;
  agcount: number;
  agblocks: number;
  logblocks: number;
  imaxpct: number;
}

const MiB = 1024 * 1024;
/** XFS_AG_MIN_BYTES (16 MiB) and XFS_AG_MAX_BYTES - 1 (1 TiB - 1) in blocks. */
export const agMin = (bs: number) => (16 * MiB) / bs;
const agMax = (bs: number) => Math.floor((2 ** 40 - 1) / bs);
/** libxfs_log_calc_minimum_size() for the default features, by block size (mkfs.xfs 6.4.0 on a 100 MiB file). */
export const MIN_LOG: Record<number, number> = { 1024: 3527, 2048: 2076, 4096: 1368, 8192: 1128 };

export type GeometryResult = { ok: XfsGeometry } | { tooSmall: number; min: number };

/** calc_default_ag_geometry() on one disk (no stripe unit). */
export function agGeometry(dblocks: number, bs: number): { agsize: number; agcount: number } {
  let blocks: number;
  const TB = 2 ** 40 / bs;
  const MB = MiB / bs;
  if (dblocks >= 4 * TB) blocks = agMax(bs);
  else {
    let shift = 2;
    if (dblocks < 128 * MB) {
      shift = 5 - 1 - 1 - 1;
      if (dblocks < 64 * MB) shift--;
      if (dblocks < 32 * MB) shift--;
    }
    blocks = Math.floor(dblocks / 2 ** shift);
    if (dblocks % 2 ** shift && blocks < agMax(bs)) blocks++;
  }
  return { agsize: blocks, agcount: Math.ceil(dblocks / blocks) };
}

/** The geometry of a new file system over `dblocks` blocks of `bs` bytes. */
export function geometry(dblocks: number, bs = 4096): GeometryResult {
  if (dblocks < agMin(bs)) return { tooSmall: dblocks, min: agMin(bs) };
  let { agsize, agcount } = agGeometry(dblocks, bs);
  if (dblocks % agsize && dblocks % agsize < agMin(bs)) {
    dblocks = (agcount - 1) * agsize;
    agcount--;
  }
  const imaxpct = dblocks < 2 ** 40 / bs ? 25 : dblocks < (50 * 2 ** 40) / bs ? 5 : 1;
  const minLog = MIN_LOG[bs] ?? MIN_LOG[4096];
  let logblocks: number;
  if (dblocks < (300 * MiB) / bs) logblocks = minLog;
  else logblocks = Math.max(Math.floor((dblocks * bs) / 2048 / bs), (64 * MiB) / bs, minLog);
  logblocks = Math.min(logblocks, 1024 * 1024, Math.floor((2 * 1024 * MiB - 10 * MiB) / bs));
  return { ok: { blockSize: bs, sectSize: 512, inodeSize: 512, dblocks, agcount, agblocks: agsize, logblocks, imaxpct } };
}

/** validate_supported() with Rocky's "mkfs: tolerate tiny filesystems" change: warnings, on standard output. */
export function supportWarnings(g: XfsGeometry): string {
  let out = '';
  if (g.dblocks < (300 * MiB) / g.blockSize) out += 'Filesystem should be larger than 300MB.\n';
  if (g.logblocks < (64 * MiB) / g.blockSize) out += 'Log size should be at least 64MB.\n';
  if (g.agcount < 2) out += 'Filesystem should have at least 2 superblocks for redundancy!\n';
  if (out) out += 'Support for filesystems like this one is deprecated and they will not be supported in future releases.\n';
  return out;
}

const pad = (v: string | number, n: number) => String(v).padEnd(n);

/** xfs_report_geom(): the ten lines mkfs.xfs, xfs_info and xfs_growfs print. */
export function report(g: XfsGeometry, name: string): string {
  const e = pad('', 22);
  return (
    `meta-data=${pad(name, 22)} isize=${pad(g.inodeSize, 6)} agcount=${g.agcount}, agsize=${g.agblocks} blks\n` +
    `         =${e} sectsz=${pad(g.sectSize, 5)} attr=2, projid32bit=1\n` +
    `         =${e} crc=${pad(1, 8)} finobt=1, sparse=1, rmapbt=0\n` +
    `         =${e} reflink=${pad(1, 4)} bigtime=1 inobtcount=1 nrext64=0\n` +
    `data     =${e} bsize=${pad(g.blockSize, 6)} blocks=${g.dblocks}, imaxpct=${g.imaxpct}\n` +
    `         =${e} sunit=${pad(0, 6)} swidth=0 blks\n` +
    `naming   =version ${pad(2, 14)} bsize=${pad(Math.max(4096, g.blockSize), 6)} ascii-ci=0, ftype=1\n` +
    `log      =${pad('internal log', 22)} bsize=${pad(g.blockSize, 6)} blocks=${g.logblocks}, version=2\n` +
    `         =${e} sectsz=${pad(g.sectSize, 5)} sunit=0 blks, lazy-count=1\n` +
    `realtime =${pad('none', 22)} extsz=${pad(Math.max(4096, g.blockSize), 6)} blocks=0, rtextents=0\n`
  );
}

/** The kernel's xfs_growfs_data_private(): the new size in whole AGs of the old AG size (a last AG under 64
 * blocks, XFS_MIN_AG_BLOCKS, is left out). */
export function grownBlocks(g: XfsGeometry, nb: number): { dblocks: number; agcount: number } {
  const full = Math.floor(nb / g.agblocks);
  const mod = nb % g.agblocks;
  if (mod && mod >= 64) return { dblocks: nb, agcount: full + 1 };
  return { dblocks: full * g.agblocks, agcount: full };
}
