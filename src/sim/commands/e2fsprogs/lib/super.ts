// The ext2/3/4 superblock as e2fsck, tune2fs, dumpe2fs and resize2fs read and change it: struct ext2_super_block
// of lib/ext2fs/ext2_fs.h (e2fsprogs 1.46.5, 1024 bytes at byte 1024, little endian). mke2fs writes the fields
// blkid reads (lib/fs-super.ts) and then the rest of what its ext2fs_initialize() and main() set (`finishSuper`),
// with the counts a new file system has (`usage`). The checksum is ext2fs_superblock_csum(): crc32c of the bytes
// before s_checksum, seeded with ~0 and not inverted.
import type { FileNode } from '../../../fs';
import { toBytes } from '../../lib/bytes';
import { writeAt } from '../../lib/fs-super';
import { fileSize } from '../../lib/inode';
import { hasSuper } from './geometry';

/** Byte offsets of the fields used here (ext2_fs.h). */
export const F = {
  inodes: 0, blocks: 4, rBlocks: 8, freeBlocks: 12, freeInodes: 16, firstData: 20, logBlock: 24, bpg: 32, ipg: 40,
  mtime: 44, wtime: 48, mntCount: 52, maxMnt: 54, magic: 56, state: 58, errors: 60, lastcheck: 64, interval: 68,
  creatorOs: 72, rev: 76, resuid: 80, resgid: 82, firstIno: 84, inodeSize: 88, compat: 92, incompat: 96, roCompat: 100,
  uuid: 104, label: 120, lastMounted: 136, rsvGdt: 206, journalInum: 224, hashSeed: 236, hashVersion: 252,
  jnlBackup: 253, descSize: 254, mountOpts: 256, mkfsTime: 264, jnlBlocks: 268, blocksHi: 336, rBlocksHi: 340,
  freeHi: 344, minExtra: 348, wantExtra: 350, flags: 352, logFlex: 372, csumType: 373, kbWritten: 376,
  overhead: 584, checksum: 1020,
} as const;

export const METADATA_CSUM = 0x400;
export const HAS_JOURNAL = 0x4;
export const EXTENTS = 0x40;
export const BIT64 = 0x80;

export class Super {
  constructor(readonly b: Uint8Array) {}
  private get v() {
    return new DataView(this.b.buffer, this.b.byteOffset, 1024);
  }
  u8(o: number) { return this.b[o]; }
  u16(o: number) { return this.v.getUint16(o, true); }
  i16(o: number) { return this.v.getInt16(o, true); }
  u32(o: number) { return this.v.getUint32(o, true); }
  set8(o: number, n: number) { this.b[o] = n; }
  set16(o: number, n: number) { this.v.setUint16(o, n & 0xffff, true); }
  set32(o: number, n: number) { this.v.setUint32(o, n >>> 0, true); }
  /** A 64-bit count split over a low and a high 32-bit field. */
  count(lo: number, hi: number) { return this.u32(lo) + (this.incompat & BIT64 ? this.u32(hi) * 2 ** 32 : 0); }
  setCount(lo: number, hi: number, n: number) {
    this.set32(lo, n % 2 ** 32);
    if (this.incompat & BIT64) this.set32(hi, Math.floor(n / 2 ** 32));
  }
  str(o: number, n: number) { return new TextDecoder().decode(this.b.subarray(o, o + n)).replace(/\0.*$/s, ''); }
  setStr(o: number, n: number, s: string) {
    this.b.fill(0, o, o + n);
    this.b.set(new TextEncoder().encode(s).subarray(0, n), o);
  }
  get blocks() { return this.count(F.blocks, F.blocksHi); }
  set blocks(n: number) { this.setCount(F.blocks, F.blocksHi, n); }
  get rBlocks() { return this.count(F.rBlocks, F.rBlocksHi); }
  set rBlocks(n: number) { this.setCount(F.rBlocks, F.rBlocksHi, n); }
  get freeBlocks() { return this.count(F.freeBlocks, F.freeHi); }
  set freeBlocks(n: number) { this.setCount(F.freeBlocks, F.freeHi, n); }
  get blockSize() { return 1024 << this.u32(F.logBlock); }
  get compat() { return this.u32(F.compat); }
  get incompat() { return this.u32(F.incompat); }
  get roCompat() { return this.u32(F.roCompat); }
  get label() { return this.str(F.label, 16); }
  get inodeSize() { return this.u16(F.inodeSize); }
  get groups() { return Math.ceil((this.blocks - this.u32(F.firstData)) / this.u32(F.bpg)); }
  get journal() { return this.compat & HAS_JOURNAL; }
}

/** The superblock of an image (null: no ext2/3/4 magic there). */
export function readSuper(f: FileNode): Super | null {
  if (fileSize(f) < 2048) return null;
  const all = toBytes(f.content.slice(0, 2048));
  const b = new Uint8Array(1024);
  b.set(all.subarray(1024, 2048));
  const s = new Super(b);
  return s.u16(F.magic) === 0xef53 ? s : null;
}

let table: Uint32Array | undefined;
function crc32c(b: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      table[i] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const x of b) c = table[(c ^ x) & 0xff] ^ (c >>> 8);
  return c >>> 0;
}

/** Write the superblock back (its checksum first when metadata_csum is on). */
export function saveSuper(f: FileNode, s: Super): void {
  if (s.roCompat & METADATA_CSUM) s.set32(F.checksum, crc32c(s.b.subarray(0, F.checksum)));
  writeAt(f, 1024, s.b);
}

/** The blocks lost+found takes (create_lost_and_found(): grown to 16 KiB, within the 12 direct blocks). */
const lpfBlocks = (bs: number) => Math.min(12, Math.max(2, 16384 / bs));

/** Indirect blocks a file of n blocks needs without extents (12 direct, then single and double indirect). */
function indirect(n: number, bs: number): number {
  const per = bs / 4;
  let left = n - 12;
  if (left <= 0) return 0;
  let ind = 1;
  left -= per;
  if (left <= 0) return ind;
  ind += 1 + Math.ceil(Math.min(left, per * per) / per);
  left -= per * per;
  if (left > 0) ind += 1 + Math.ceil(left / (per * per)) + Math.ceil(left / per);
  return ind;
}

export interface Usage {
  groups: number;
  gdtBlocks: number;
  /** Blocks of the file system's own metadata (s_overhead_clusters as mke2fs writes it). */
  overhead: number;
  /** Blocks in use on a new file system: the metadata, the root directory, lost+found, the resize inode. */
  used: number;
  /** Files whose blocks are not contiguous (e2fsck's non-contiguous count): the journal of a one-group ext4. */
  fragmented: number;
}

/**
 * The counts of a file system as mke2fs leaves it (and resize2fs, which keeps the blocks per group and inodes per
 * group): backup superblocks with their descriptor and reserved descriptor blocks in the sparse_super groups, two
 * bitmaps and an inode table per group, the journal and its indirect blocks (none with extents, an index block
 * beyond the four extents of 32768 blocks an inode holds).
 */
export function usage(s: Super): Usage {
  const bs = s.blockSize;
  const groups = s.groups;
  const desc = s.incompat & BIT64 ? s.u16(F.descSize) : 32;
  const gdtBlocks = Math.ceil(groups / (bs / desc));
  const rsv = s.u16(F.rsvGdt);
  const itb = Math.ceil((s.u32(F.ipg) * s.inodeSize) / bs);
  let supers = 0;
  for (let g = 0; g < groups; g++) if (hasSuper(g)) supers++;
  const jblocks = s.journal ? s.u32(F.jnlBlocks + 16 * 4) / bs : 0;
  const overhead = (bs === 1024 ? 1 : 0) + supers * (1 + gdtBlocks + rsv) + groups * (2 + itb) + jblocks;
  const extents = (s.incompat & EXTENTS) !== 0;
  const jmeta = !jblocks ? 0 : extents ? (jblocks > 4 * 32768 ? 1 : 0) : indirect(jblocks, bs);
  const used = overhead + 1 + lpfBlocks(bs) + 1 + jmeta;
  // the journal inode's extent header (s_jnl_blocks[0..2]): more than one extent at depth 0 is not contiguous
  // the journal inode's extents (s_jnl_blocks: header, then ee_block, ee_len, ee_start_hi, ee_start_lo): at depth
  // 0, an extent that does not start where the one before ends makes the journal non-contiguous
  let fragmented = 0;
  if (extents && jblocks && s.u16(F.jnlBlocks) === 0xf30a && s.u16(F.jnlBlocks + 6) === 0) {
    const at = (i: number) => F.jnlBlocks + 12 + 12 * i;
    for (let i = 1; i < Math.min(4, s.u16(F.jnlBlocks + 2)); i++) {
      if (s.u32(at(i) + 8) !== s.u32(at(i - 1) + 8) + s.u16(at(i - 1) + 4)) fragmented = 1;
    }
  }
  return { groups, gdtBlocks, overhead, used, fragmented };
}

export interface NewFs {
  ext: 'ext2' | 'ext3' | 'ext4';
  rsvGdt: number;
  journal: number;
  hashSeed: Uint8Array;
  now: number;
}

/** The fields mke2fs sets beyond those blkid reads, and the free counts of the new file system. */
export function finishSuper(f: FileNode, n: NewFs): void {
  const s = readSuper(f)!;
  const ext4 = n.ext === 'ext4';
  if (ext4) s.set16(F.descSize, 64);
  s.set16(F.rsvGdt, n.rsvGdt);
  s.rBlocks = Math.floor((s.blocks * 5) / 100);
  s.set16(F.maxMnt, 0xffff);
  s.set16(F.errors, 1);
  s.set32(F.lastcheck, n.now);
  s.set32(F.wtime, n.now);
  s.set16(F.state, 1);
  s.set32(F.firstIno, 11);
  s.b.set(n.hashSeed, F.hashSeed);
  s.set8(F.hashVersion, 1);
  s.set32(F.mountOpts, 0x0c);
  s.set16(F.minExtra, 32);
  s.set16(F.wantExtra, 32);
  s.set32(F.flags, 1); // EXT2_FLAGS_SIGNED_HASH
  if (n.journal > 0) {
    s.set32(F.journalInum, 8);
    s.set8(F.jnlBackup, 1);
    // s_jnl_blocks[16]: the journal inode's size in bytes (the block map before it is not kept)
    s.set32(F.jnlBlocks + 16 * 4, n.journal * s.blockSize);
    if (ext4) {
      // the extent header of the journal inode's i_block: extents of at most 32768 blocks, four in the inode (an
      // index block beyond), and on a one-group file system the journal is not in one piece (as e2fsck finds)
      // (the blocks are placed from the middle group's start; where exactly is not kept)
      const groups = Math.ceil((s.blocks - s.u32(F.firstData)) / s.u32(F.bpg));
      const lens: number[] = [];
      if (groups === 1) lens.push(Math.ceil(n.journal / 2), Math.floor(n.journal / 2));
      else for (let left = n.journal; left > 0; left -= 32768) lens.push(Math.min(left, 32768));
      s.set16(F.jnlBlocks, 0xf30a);
      s.set16(F.jnlBlocks + 2, lens.length > 4 ? 1 : lens.length);
      s.set16(F.jnlBlocks + 4, 4);
      s.set16(F.jnlBlocks + 6, lens.length > 4 ? 1 : 0);
      let start = s.u32(F.firstData) + Math.floor(groups / 2) * s.u32(F.bpg);
      lens.slice(0, 4).forEach((len, i) => {
        const at = F.jnlBlocks + 12 + 12 * i;
        s.set32(at, i * 32768);
        s.set16(at + 4, len);
        s.set32(at + 8, start);
        start += len + (groups === 1 ? 1 : 0);
      });
    }
  }
  if (ext4) {
    s.set8(F.logFlex, 4);
    s.set8(F.csumType, 1);
  }
  const u = usage(s);
  s.set32(F.overhead, u.overhead);
  s.freeBlocks = s.blocks - u.used;
  s.set32(F.freeInodes, s.u32(F.inodes) - 11);
  saveSuper(f, s);
}
