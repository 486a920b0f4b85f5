// Where xfs_info and xfs_growfs find a file system's geometry: the box's /boot (sda3) and / (sda4) as mkfs.xfs
// 6.4.0 lays out their partitions (util-linux/lib/disk.ts GPT_PARTS, whole 4 KiB blocks), and for a loop device,
// an image file or sda1 the superblock a mkfs.xfs run wrote there (lib/fs-super.ts); the device's own size for
// xfs_growfs is that of the partition or of the file behind the loop device.
import type { Host } from '../../../types';
import type { FileNode } from '../../../fs';
import { GPT_PARTS } from '../../util-linux/lib/disk';
import { probe } from '../../lib/fs-super';
import { fileSize } from '../../lib/inode';
import { targetOf } from '../../lib/loops';
import { geometry, type XfsGeometry } from './geometry';

export interface XfsDevice {
  geo: XfsGeometry;
  /** the device's size in bytes */
  bytes: number;
  node?: FileNode;
}

/** The sectors of a box partition (sda3, sda4). */
export function partBytes(dev: string): number | undefined {
  const p = GPT_PARTS.find((x) => '/dev/' + x.name === dev);
  return p ? (p.end - p.start + 1) * 512 : undefined;
}

/** The XFS on a device or image file, undefined when there is none (or no such thing). */
export function xfsOn(host: Host, abs: string): XfsDevice | undefined {
  if (abs === '/dev/sda3' || abs === '/dev/sda4') {
    const bytes = partBytes(abs)!;
    const r = geometry(Math.floor(bytes / 4096));
    if (!('ok' in r)) return undefined;
    return { geo: r.ok, bytes };
  }
  const t = targetOf(host, abs);
  const node = t.kind === 'loop' || t.kind === 'file' || t.kind === 'sda1' ? t.node : undefined;
  if (!node) return undefined;
  const p = probe(node);
  if (!p || p.type !== 'xfs' || !p.xfs.agblocks) return undefined;
  const s = p.xfs;
  return {
    geo: { blockSize: s.blockSize, sectSize: s.sectSize, inodeSize: s.inodeSize ?? 512, dblocks: s.dblocks, agcount: s.agcount ?? 1, agblocks: s.agblocks!, logblocks: s.logblocks ?? 0, imaxpct: s.imaxpct ?? 25 },
    bytes: fileSize(node),
    node,
  };
}
