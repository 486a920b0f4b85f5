// calculate_minimum_resize_size() of resize2fs 1.46.5 (resize/resize2fs.c) over the model's superblock: the groups
// the used inodes need, the data blocks (all used blocks but each group's own metadata, calc_group_overhead()),
// a flex_bg's worth of inode tables as slack, the last group's metadata and data, and at least the end of the last
// needed group's inode table, and with extents a safety margin. Group free counts are not kept per group: their sum is the superblock's.
import { hasSuper } from '../lib/geometry';
import { EXTENTS, F, usage, type Super } from '../lib/super';

const FLEX_BG = 0x200;

export function minimumSize(s: Super): number {
  const bpg = s.u32(F.bpg);
  const ipg = s.u32(F.ipg);
  const bs = s.blockSize;
  const firstData = s.u32(F.firstData);
  const itb = Math.ceil((ipg * s.inodeSize) / bs);
  const u = usage(s);
  const groupCount = u.groups;
  const rsv = s.u16(F.rsvGdt);
  const flex = (s.incompat & FLEX_BG) !== 0;
  const flexSize = flex ? 1 << s.u8(F.logFlex) : 1;
  const oldDesc = u.gdtBlocks + rsv;
  // calc_group_overhead(): inode table and bitmaps, the superblock copy and the old-style descriptors with it
  const over = (g: number) => itb + 2 + (g === 0 || hasSuper(g) ? 1 + oldDesc : 0);

  const inodeCount = s.u32(F.inodes) - s.u32(F.freeInodes);
  let groups = Math.ceil(inodeCount / ipg);
  let dataNeeded = s.blocks - s.freeBlocks;
  for (let g = 0; g < groupCount; g++) dataNeeded -= over(g);

  let flexGroups = groups;
  if (flex) flexGroups = Math.min(groups + flexSize - (groups & (flexSize - 1)), groupCount);
  let dataBlocks = groups * bpg;
  let lastStart = 0;
  for (let g = 0; g < flexGroups; g++) {
    const o = over(g);
    if (g < groups - 1) lastStart += bpg - o;
    dataBlocks = dataBlocks > o ? dataBlocks - o : 0;
  }
  let needed = dataNeeded;
  while (needed > dataBlocks) {
    const extra = Math.ceil((needed - dataBlocks) / bpg);
    dataBlocks += extra * bpg;
    lastStart += bpg - over(groups - 1);
    let g = flexGroups;
    groups += extra;
    if (!flex) flexGroups = groups;
    else if (groups > flexGroups) flexGroups = Math.min(groups + flexSize - (groups & (flexSize - 1)), groupCount);
    for (; g < flexGroups; g++) {
      const o = over(g);
      if (g < groups - 1) lastStart += bpg - o;
      dataBlocks -= o;
    }
  }
  let g = groups - 1;
  if (flex && (g & ~(flexSize - 1)) === 0) g &= ~(flexSize - 1);
  let overhead = 0;
  for (; g < flexGroups; g++) overhead += over(g);
  overhead += lastStart < needed ? Math.max(needed - lastStart, 50) : 50;
  overhead += firstData;
  let min = (groups - 1) * bpg + overhead;
  const end = inodeTable(s, groups - 1, { bpg, itb, firstData, gdt: u.gdtBlocks, rsv, flexSize, groupCount }) + itb;
  min = Math.max(min, end);
  if (min >= s.blocks) return s.blocks;
  // extents: room for the extent tree to grow, (blocks - needed) / 500 at most the worst case of one extent block
  // per data block's extent (12-byte extents, less the header) or per inode
  if (s.incompat & EXTENTS) {
    const perBlock = Math.floor(bs / 12) - 1;
    const worst = Math.max(Math.floor((dataNeeded + perBlock - 1) / perBlock), inodeCount);
    min += Math.min(Math.floor((s.blocks - min) / 500), worst);
  }
  return min;
}

/**
 * Where mke2fs put a group's inode table (ext2fs_allocate_group_table()): after the group's superblock copy,
 * descriptors and bitmaps; with flex_bg the first flex group's bitmaps and tables are packed after group 0's
 * descriptors, each kind `table_offset` blocks after the one before (the flex group's size, or its number of
 * groups when it is the last).
 */
function inodeTable(s: Super, g: number, o: { bpg: number; itb: number; firstData: number; gdt: number; rsv: number; flexSize: number; groupCount: number }): number {
  const start = (grp: number) => o.firstData + grp * o.bpg;
  const meta = (grp: number) => (grp === 0 || hasSuper(grp) ? 1 + o.gdt + o.rsv : 0);
  if (o.flexSize === 1) return start(g) + meta(g) + 2;
  const lastGrp = Math.min(o.flexSize - 1, o.groupCount - 1);
  let offset = o.flexSize;
  if (lastGrp === o.groupCount - 1) {
    offset = lastGrp & (o.flexSize - 1);
    offset = offset === 0 ? o.flexSize : offset + 1;
  }
  void s;
  return start(0) + meta(0) + 2 * offset + (g % o.flexSize) * o.itb;
}
