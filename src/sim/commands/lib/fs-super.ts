// The superblocks mke2fs and mkfs.xfs write and libblkid reads back (blkid, lsblk -f, mount, the mkfs tools' own
// "contains a ... file system" check), kept in an image file's own bytes as mkswap keeps its header
// (util-linux/lib/swap-header.ts). ext2/3/4: struct ext2_super_block at byte 1024 (lib/ext2fs/ext2_fs.h of
// e2fsprogs 1.46.5, little endian); XFS: struct xfs_dsb at byte 0 (libxfs/xfs_format.h, big endian). Only the
// fields the tools here read are written; the rest of the metadata (group descriptors, inode tables, the log) is
// not modelled.
import type { FileNode } from '../../fs';
import { fromBytes, toBytes } from './bytes';
import { fileSize } from './inode';

export const EXT_MAGIC = 0xef53;
// s_feature_compat / incompat / ro_compat bits (ext2_fs.h)
export const COMPAT = { has_journal: 0x4, ext_attr: 0x8, resize_inode: 0x10, dir_index: 0x20 } as const;
export const INCOMPAT = { filetype: 0x2, extent: 0x40, '64bit': 0x80, flex_bg: 0x200 } as const;
export const RO_COMPAT = { sparse_super: 0x1, large_file: 0x2, huge_file: 0x8, dir_nlink: 0x20, extra_isize: 0x40, metadata_csum: 0x400 } as const;

export interface ExtSuper {
  inodes: number;
  blocks: number;
  blockSize: number;
  blocksPerGroup: number;
  inodesPerGroup: number;
  inodeSize: number;
  compat: number;
  incompat: number;
  roCompat: number;
  uuid: Uint8Array;
  label: string;
  /** seconds since the epoch */
  mkfsTime: number;
}

export interface XfsSuper {
  blockSize: number;
  dblocks: number;
  sectSize: number;
  uuid: Uint8Array;
  label: string;
  /** sb_agblocks, sb_agcount, sb_logblocks, sb_inodesize and sb_imax_pct (xfs_info and xfs_growfs read them) */
  agblocks?: number;
  agcount?: number;
  logblocks?: number;
  inodeSize?: number;
  imaxpct?: number;
}

export type Probe = { type: 'ext2' | 'ext3' | 'ext4'; ext: ExtSuper } | { type: 'xfs'; xfs: XfsSuper } | { type: 'swap' };

/** Put bytes at an offset near the start of a file, its size unchanged (the zeros kept as a count give way). */
export function writeAt(f: FileNode, offset: number, data: Uint8Array): void {
  const old = toBytes(f.content);
  const end = offset + data.length;
  let b = old;
  if (old.length < end) {
    b = new Uint8Array(end);
    b.set(old);
    f.zeros = Math.max(0, (f.zeros ?? 0) - (end - old.length));
    if (!f.zeros) delete f.zeros;
  }
  b.set(data, offset);
  f.content = fromBytes(b);
}

/** Zero a range of the first bytes (the old signatures a new file system replaces). */
export function zeroAt(f: FileNode, offset: number, length: number): void {
  const b = toBytes(f.content);
  if (b.length <= offset) return;
  b.fill(0, offset, Math.min(b.length, offset + length));
  f.content = fromBytes(b);
}

const text = (b: Uint8Array) => new TextDecoder().decode(b).replace(/\0.*$/s, '');

export function writeExt(f: FileNode, s: ExtSuper): void {
  const sb = new Uint8Array(1024);
  const v = new DataView(sb.buffer);
  v.setUint32(0, s.inodes, true);
  v.setUint32(4, s.blocks % 2 ** 32, true);
  v.setUint32(20, s.blockSize === 1024 ? 1 : 0, true); // s_first_data_block
  v.setUint32(24, Math.log2(s.blockSize / 1024), true);
  v.setUint32(28, Math.log2(s.blockSize / 1024), true);
  v.setUint32(32, s.blocksPerGroup, true);
  v.setUint32(36, s.blocksPerGroup, true);
  v.setUint32(40, s.inodesPerGroup, true);
  v.setUint32(48, s.mkfsTime, true); // s_wtime
  v.setUint16(56, EXT_MAGIC, true);
  v.setUint16(58, 1, true); // s_state: EXT2_VALID_FS
  v.setUint32(76, 1, true); // s_rev_level: EXT2_DYNAMIC_REV
  v.setUint32(84, 11, true); // s_first_ino
  v.setUint16(88, s.inodeSize, true);
  v.setUint32(92, s.compat, true);
  v.setUint32(96, s.incompat, true);
  v.setUint32(100, s.roCompat, true);
  sb.set(s.uuid, 104);
  sb.set(new TextEncoder().encode(s.label).subarray(0, 16), 120);
  v.setUint32(264, s.mkfsTime, true); // s_mkfs_time
  zeroAt(f, 0, 1024 * 64);
  writeAt(f, 1024, sb);
}

export function writeXfs(f: FileNode, s: XfsSuper): void {
  const sb = new Uint8Array(512);
  const v = new DataView(sb.buffer);
  sb.set(new TextEncoder().encode('XFSB'), 0);
  v.setUint32(4, s.blockSize);
  v.setBigUint64(8, BigInt(s.dblocks));
  sb.set(s.uuid, 32);
  v.setUint32(84, s.agblocks ?? 0);
  v.setUint32(88, s.agcount ?? 0);
  v.setUint32(96, s.logblocks ?? 0);
  v.setUint16(100, 0xb4a5); // sb_versionnum: XFS_SB_VERSION_5 with its feature bits
  v.setUint16(102, s.sectSize);
  v.setUint16(104, s.inodeSize ?? 0);
  sb.set(new TextEncoder().encode(s.label).subarray(0, 12), 108);
  sb[127] = s.imaxpct ?? 0;
  zeroAt(f, 0, 1024 * 64);
  writeAt(f, 0, sb);
}

/** What libblkid finds at the start of a file (the probes it runs for these three types). */
export function probe(f: FileNode): Probe | null {
  if (fileSize(f) < 1024) return null;
  const b = toBytes(f.content.slice(0, 8192));
  const page = new Uint8Array(4096);
  page.set(b.subarray(0, 4096));
  const v = new DataView(page.buffer);
  if (text(page.subarray(0, 4)) === 'XFSB') {
    const xfs: XfsSuper = { blockSize: v.getUint32(4), dblocks: Number(v.getBigUint64(8)), uuid: page.slice(32, 48), sectSize: v.getUint16(102), label: text(page.subarray(108, 120)) };
    Object.assign(xfs, { agblocks: v.getUint32(84), agcount: v.getUint32(88), logblocks: v.getUint32(96), inodeSize: v.getUint16(104), imaxpct: page[127] });
    return { type: 'xfs', xfs };
  }
  if (v.getUint16(1024 + 56, true) === EXT_MAGIC) {
    const o = 1024;
    const ext: ExtSuper = {
      inodes: v.getUint32(o, true),
      blocks: v.getUint32(o + 4, true),
      blockSize: 1024 << v.getUint32(o + 24, true),
      blocksPerGroup: v.getUint32(o + 32, true),
      inodesPerGroup: v.getUint32(o + 40, true),
      inodeSize: v.getUint16(o + 88, true),
      compat: v.getUint32(o + 92, true),
      incompat: v.getUint32(o + 96, true),
      roCompat: v.getUint32(o + 100, true),
      uuid: page.slice(o + 104, o + 120),
      label: text(page.subarray(o + 120, o + 136)),
      mkfsTime: v.getUint32(o + 264, true),
    };
    // libblkid's ext probes: a journal and features ext3 does not know make ext4; a journal alone ext3
    const journal = (ext.compat & COMPAT.has_journal) !== 0;
    const ext4only = (ext.incompat & ~(INCOMPAT.filetype | 0x4 | 0x10)) !== 0 || (ext.roCompat & ~(RO_COMPAT.sparse_super | RO_COMPAT.large_file | 0x4)) !== 0;
    return { type: ext4only ? 'ext4' : journal ? 'ext3' : 'ext2', ext };
  }
  if (text(page.subarray(4096 - 10, 4096)) === 'SWAPSPACE2') return { type: 'swap' };
  return null;
}

/** blkid's tags for a probed file system, in libblkid's order (LABEL, UUID, BLOCK_SIZE, TYPE). */
export function probeTags(p: Probe, uuid: (u: Uint8Array) => string): [string, string][] {
  if (p.type === 'swap') return [];
  const s = p.type === 'xfs' ? p.xfs : p.ext;
  const t: [string, string][] = [];
  if (s.label) t.push(['LABEL', s.label]);
  t.push(['UUID', uuid(s.uuid)]);
  t.push(['BLOCK_SIZE', String(p.type === 'xfs' ? p.xfs.sectSize : p.ext.blockSize)]);
  t.push(['TYPE', p.type]);
  return t;
}
