// The layout mke2fs 1.46.5 gives a file system of a size: PRS()'s size type and block size from mke2fs.conf
// (upstream misc/mke2fs.conf.in: blocksize 4096, inode_size 256, inode_ratio 16384; small: 1024 and 4096;
// floppy: 1024 and 8192), ext2fs_initialize() of lib/ext2fs/initialize.c (groups, inodes per group filling whole
// inode table blocks, a last group too small for its metadata dropped), ext2fs_bg_has_super() for sparse_super
// and ext2fs_default_journal_size() of lib/ext2fs/mkjournal.c.
import { COMPAT, INCOMPAT, RO_COMPAT } from '../../lib/fs-super';

export interface Geometry {
  blocks: number;
  blockSize: number;
  blocksPerGroup: number;
  groups: number;
  inodesPerGroup: number;
  inodes: number;
  /** Journal blocks (0: none; -1: too small for one). */
  journal: number;
  backups: number[];
  /** Reserved GDT blocks (for growing with resize2fs). */
  rsvGdt: number;
}

export type ExtType = 'ext2' | 'ext3' | 'ext4';

export function features(type: ExtType): { compat: number; incompat: number; roCompat: number } {
  let compat = COMPAT.ext_attr | COMPAT.resize_inode | COMPAT.dir_index;
  let incompat: number = INCOMPAT.filetype;
  let roCompat = RO_COMPAT.sparse_super | RO_COMPAT.large_file;
  if (type !== 'ext2') compat |= COMPAT.has_journal;
  if (type === 'ext4') {
    incompat |= INCOMPAT.extent | INCOMPAT.flex_bg | INCOMPAT['64bit'];
    roCompat |= RO_COMPAT.huge_file | RO_COMPAT.metadata_csum | RO_COMPAT.dir_nlink | RO_COMPAT.extra_isize;
  }
  return { compat, incompat, roCompat };
}

/** The size type mke2fs.conf is read with (fs_blocks_count in 1 KiB blocks). */
export function sizeType(blocks1k: number): 'floppy' | 'small' | 'default' | 'big' | 'huge' {
  const meg = 1024;
  if (blocks1k < 3 * meg) return 'floppy';
  if (blocks1k < 512 * meg) return 'small';
  if (blocks1k < 4 * 1024 * 1024 * meg) return 'default';
  if (blocks1k < 16 * 1024 * 1024 * meg) return 'big';
  return 'huge';
}

const RATIO = { floppy: 8192, small: 4096, default: 16384, big: 32768, huge: 65536 };

export function defaultJournal(blocks: number): number {
  if (blocks < 2048) return -1;
  if (blocks < 32768) return 1024;
  if (blocks < 256 * 1024) return 4096;
  if (blocks < 512 * 1024) return 8192;
  if (blocks < 4096 * 1024) return 16384;
  if (blocks < 8192 * 1024) return 32768;
  if (blocks < 16384 * 1024) return 65536;
  if (blocks < 32768 * 1024) return 131072;
  return 262144;
}

const isPow = (n: number, b: number) => {
  while (n > 1 && n % b === 0) n /= b;
  return n === 1;
};

/** ext2fs_bg_has_super() with sparse_super: groups 0 and 1 and the powers of 3, 5 and 7. */
export const hasSuper = (g: number) => g <= 1 || (g % 2 === 1 && (isPow(g, 3) || isPow(g, 5) || isPow(g, 7)));

/**
 * The geometry for a device of `bytes` (or `explicit1k` 1 KiB blocks asked for), `bs` the -b block size if any.
 * null: too small ("Not enough space to build proposed filesystem").
 */
export function geometry(bytes: number, type: ExtType, bs?: number, explicitBlocks?: number): Geometry | null {
  const unit = bs ?? 1024;
  let count = explicitBlocks ?? Math.floor(bytes / unit);
  if (explicitBlocks === undefined && 4096 > unit) count -= count % (4096 / unit);
  const st = sizeType((count * unit) / 1024);
  const blockSize = bs ?? (st === 'floppy' || st === 'small' ? 1024 : 4096);
  if (!bs) count = Math.floor(count / (blockSize / 1024));
  const inodeRatio = RATIO[st];
  const wantInodes = Math.floor((count * blockSize) / inodeRatio);
  const first = blockSize === 1024 ? 1 : 0;
  let bpg = blockSize * 8;
  const inodeSize = 256;
  const descSize = type === 'ext4' ? 64 : 32;
  let blocks = count;
  for (;;) {
    const groups = Math.ceil((blocks - first) / bpg);
    if (groups <= 0) return null;
    const descBlocks = Math.ceil(groups / (blockSize / descSize));
    // s_inodes_count as mke2fs asks for it, at least EXT2_FIRST_INO + 1
    const inodes = Math.max(wantInodes, 12);
    let ipg = Math.ceil(inodes / groups);
    if (ipg > blockSize * 8) {
      if (bpg >= 256) {
        bpg -= 8;
        blocks = count;
        continue;
      }
      return null;
    }
    ipg = Math.min(ipg, blockSize * 8);
    let itb = Math.ceil((ipg * inodeSize) / blockSize);
    ipg = Math.floor((itb * blockSize) / inodeSize);
    if (ipg < 8) ipg = 8;
    ipg &= ~7;
    itb = Math.ceil((ipg * inodeSize) / blockSize);
    // calc_reserved_gdt_blocks(): room to grow to 1024 times the size (or 2^32 blocks)
    const maxBlocks = blocks < 0xffffffff / 1024 ? blocks * 1024 : 0xffffffff;
    const rsvGroups = Math.ceil((maxBlocks - first) / bpg);
    let rsv = Math.min(Math.ceil(rsvGroups / (blockSize / descSize)) - descBlocks, blockSize / 4);
    if (rsv + descBlocks > (bpg * 3) / 4) rsv = 0;
    let overhead = 2 + itb;
    if (hasSuper(groups - 1)) overhead += 1 + descBlocks + rsv;
    const rem = (blocks - first) % bpg;
    if (groups === 1 && rem && rem < overhead) return null;
    if (rem && rem < overhead + 50) {
      blocks -= rem;
      continue;
    }
    const backups: number[] = [];
    for (let g = 1; g < groups; g++) if (hasSuper(g)) backups.push(first + g * bpg);
    const journal = type === 'ext2' ? 0 : defaultJournal(blocks);
    return { blocks, blockSize, blocksPerGroup: bpg, groups, inodesPerGroup: ipg, inodes: ipg * groups, journal, backups, rsvGdt: rsv };
  }
}
