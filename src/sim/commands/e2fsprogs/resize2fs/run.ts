// resize2fs of e2fsprogs 1.46.5 (resize/main.c main(), resize/resize2fs.c adjust_fs_info() and
// adjust_reserved_gdt_blocks(), resize/online.c): a file system grows to its device's size (an image file after
// truncate, a loop device) or to a size given, or shrinks; an image file is extended or cut to the new size.
// The new counts are lib/super.ts's for the new number of groups (same blocks and inodes per group, the
// descriptor blocks taken from the reserved ones); a mounted file system is resized on-line (growing only).
// The minimum size (-P, -M and the check before shrinking) is minimum.ts's.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { getoptLong } from '../../util-linux/lib/getopt';
import { fileSize, setFileSize } from '../../lib/inode';
import { VERSION, DATE } from '../mke2fs/help';
import { hasSuper } from '../lib/geometry';
import { BIT64, F, usage as fsUsage, type Super } from '../lib/super';
import { BAD_MAGIC, openFs, plausible } from '../lib/open';

/** parse_num_blocks2(): blocks, or bytes with K/M/G/T, or 512-byte sectors with s; 0 when invalid. */
function numBlocks(arg: string, bs: number): number {
  const m = /^(\d+)([KkMmGgTts]?)$/.exec(arg);
  if (!m) return 0;
  const n = Number(m[1]);
  if (m[2] === 's') return Math.floor((n * 512) / bs);
  const mult = { '': 0, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2].toLowerCase() as '' | 'k'];
  return mult ? Math.floor((n * mult) / bs) : n;
}

const descBlocks = (s: Super, groups: number) => Math.ceil(groups / (s.blockSize / (s.incompat & BIT64 ? s.u16(F.descSize) : 32)));

/** adjust_fs_info()'s size: a last group too small for its own metadata (and 50 blocks) is left off; null: too small. */
function adjust(s: Super, size: number): number | null {
  const first = s.u32(F.firstData);
  const bpg = s.u32(F.bpg);
  const itb = Math.ceil((s.u32(F.ipg) * s.inodeSize) / s.blockSize);
  const oldDesc = descBlocks(s, s.groups);
  for (;;) {
    const groups = Math.ceil((size - first) / bpg);
    if (groups <= 0) return null;
    const desc = descBlocks(s, groups);
    const rsv = Math.min(Math.max(0, s.u16(F.rsvGdt) + oldDesc - desc), s.blockSize / 4);
    const overhead = 2 + itb + (hasSuper(groups - 1) ? 1 + desc + rsv : 0);
    const rem = (size - first) % bpg;
    if (groups === 1 && rem && rem < overhead) return null;
    if (groups > 1 && rem && rem < overhead + 50) {
      size -= rem;
      continue;
    }
    return size;
  }
}

function* resize2fs(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  ctx.err(`resize2fs ${VERSION} (${DATE})\n`);
  const usage = () => {
    ctx.err(`Usage: ${prog} [-d debug_flags] [-f] [-F] [-M] [-P] [-p] device [-b|-s|new_size] [-S RAID-stride] [-z undo_file]\n\n`);
    return 1;
  };
  const { got, rest } = getoptLong([prog, ...ctx.args], 'd:fFhMPpS:bsz:', [], false, (t) => ctx.err(t));
  let force = false;
  let printMin = false;
  let forceMin = false;
  for (const g of got) {
    if (g.kind === 'error' || (g.kind === 'short' && g.c === 'h')) return usage();
    if (g.kind === 'short' && g.c === 'f') force = true;
    if (g.kind === 'short' && g.c === 'P') printMin = true;
    if (g.kind === 'short' && g.c === 'M') forceMin = true;
  }
  if (!rest.length || rest.length > 2) return usage();
  const [device, sizeArg] = rest;
  const o = openFs(ctx, device, true);
  if (!o.ok) {
    if (o.error === 'No such file or directory' || o.error === 'Permission denied') {
      ctx.err(`open: ${o.error} while opening ${device}\n`);
      return 1;
    }
    ctx.err(`${prog}: ${o.error} while trying to open ${device}\n`);
    ctx.out("Couldn't find valid filesystem superblock.\n");
    if (o.error === BAD_MAGIC) ctx.out(plausible(device, o.other));
    return 1;
  }
  const s = o.super;
  const bs = s.blockSize;
  if (!force && !o.mounted) {
    const st = s.u16(F.state);
    // a file system mounted since its last check is fine for -P
    if (st & 2 || !(st & 1) || (s.u32(F.lastcheck) < s.u32(F.mtime) && !printMin) || s.freeBlocks > s.blocks || s.u32(F.freeInodes) > s.u32(F.inodes)) {
      ctx.err(`Please run 'e2fsck -f ${device}' first.\n\n`);
      return 1;
    }
  }
  // calculate_minimum_resize_size() (minimum.ts): -P prints it, -M resizes to it, a smaller size is refused
  const { minimumSize } = (yield { load: () => import('./minimum') }) as typeof import('./minimum');
  const min = minimumSize(s);
  if (printMin) {
    ctx.out(`Estimated minimum size of the filesystem: ${min}\n`);
    return 0;
  }
  const bytes = fileSize(o.node);
  let maxSize = Math.floor(bytes / bs);
  let size: number;
  if (forceMin) size = min;
  else if (sizeArg !== undefined) {
    size = numBlocks(sizeArg, bs);
    if (!size) {
      ctx.err(`${prog}: Invalid new size: ${sizeArg}\n\n`);
      return 1;
    }
  } else size = bs < 4096 ? maxSize - (maxSize % (4096 / bs)) : maxSize;
  if (!(s.incompat & BIT64) && size > 2 ** 32) {
    ctx.err(`${prog}: New size too large to be expressed in 32 bits\n\n`);
    return 1;
  }
  if (!force && size < min) {
    ctx.err(`${prog}: New size smaller than minimum (${min})\n\n`);
    return 1;
  }
  // a plain file is extended to the size asked for
  const isFile = !o.node.name.startsWith('sda') && !device.startsWith('/dev/');
  if (isFile && size * bs > bytes) maxSize = size;
  if (!force && size > maxSize) {
    ctx.err(`The containing partition (or device) is only ${maxSize} (${bs / 1024}k) blocks.\nYou requested a new size of ${size} blocks.\n\n`);
    return 1;
  }
  const adjusted = adjust(s, size);
  if (adjusted === null) {
    ctx.err(`${prog}: Not enough space to build proposed filesystem while trying to resize ${device}\nPlease run 'e2fsck -fy ${device}' to fix the filesystem\nafter the aborted resize operation.\n`);
    return 1;
  }
  size = adjusted;
  if (size === s.blocks) {
    ctx.err(`The filesystem is already ${size} (${bs / 1024}k) blocks long.  Nothing to do!\n\n`);
    return 0;
  }
  const oldDesc = descBlocks(s, s.groups);
  if (o.mounted) {
    ctx.out(`Filesystem at ${device} is mounted on ${o.mounted}; on-line resizing required\n`);
    if (size < s.blocks) {
      ctx.err(`${prog}: On-line shrinking not supported\n`);
      return 1;
    }
    ctx.out(`old_desc_blocks = ${oldDesc}, new_desc_blocks = ${descBlocks(s, Math.ceil((size - s.u32(F.firstData)) / s.u32(F.bpg)))}\n`);
  } else ctx.out(`Resizing the filesystem on ${device} to ${size} (${bs / 1024}k) blocks.\n`);
  const oldBlocks = s.blocks;
  const percent = (s.rBlocks * 100.0) / oldBlocks;
  s.blocks = size;
  const groups = s.groups;
  const newDesc = descBlocks(s, groups);
  if (newDesc !== oldDesc) s.set16(F.rsvGdt, Math.min(Math.max(0, s.u16(F.rsvGdt) + oldDesc - newDesc), bs / 4));
  s.set32(F.inodes, groups * s.u32(F.ipg));
  s.rBlocks = Math.floor((percent * size) / 100.0);
  s.set32(F.overhead, 0);
  const u = fsUsage(s);
  s.freeBlocks = size - u.used;
  s.set32(F.freeInodes, s.u32(F.inodes) - 11);
  o.save();
  if (isFile && size * bs !== bytes && (size * bs > bytes || !o.mounted)) setFileSize(ctx.host.fs, o.node, size * bs, true);
  ctx.out(`The filesystem on ${device} is now ${size} (${bs / 1024}k) blocks long.\n\n`);
  return 0;
}

def({ name: 'resize2fs', summary: 'ext2/ext3/ext4 file system resizer', available: linuxOnly, spec: { name: 'resize2fs', style: 'gnu', rawArgs: true, helpFlags: [] }, run: resize2fs });
