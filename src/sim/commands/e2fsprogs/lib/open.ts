// ext2fs_open2() as e2fsck, tune2fs, dumpe2fs and resize2fs meet it on the guest: an image file, a loop device's
// file, sda1's bytes, or the box's own partitions (whose bytes are not modelled: XFS and swap, as blkid reports
// them, so their superblock has the wrong magic). The errors are com_err's texts for the errno or the ext2 error
// code (lib/ext2fs/ext2_err.et.in); ext2fs_check_if_mounted() (lib/ext2fs/ismounted.c) sees mounted devices, the
// swap in use and an image file behind a mounted loop device.
import type { CommandContext } from '../../../context';
import type { FileNode } from '../../../fs';
import { canRead, canWrite } from '../../../util';
import { isRoot } from '../../lib/guest';
import { keepSda1, loopOfFile, mountedAt, targetOf } from '../../lib/loops';
import { PARTITIONS } from '../../lib/mounts';
import { probe } from '../../lib/fs-super';
import { fileSize } from '../../lib/inode';
import { readSuper, saveSuper, type Super } from './super';
import { userByUid, groupByGid } from '../../lib/accounts';

export const BAD_MAGIC = 'Bad magic number in super-block';
export const SHORT_READ = 'Attempt to read block from filesystem resulted in short read';

/** ext2fs_check_mount_point()'s view: mounted (or the swap in use), and busy (root's O_EXCL open of a block device
 * fails with EBUSY: a mounted device, the swap in use, the whole disk whose partitions are in use). */
export interface MountState {
  mounted: string | undefined;
  busy: boolean;
}

export type Opened =
  | ({ ok: true; node: FileNode; super: Super; save: () => void } & MountState)
  | ({ ok: false; error: string; /** blkid's TYPE and LABEL of what is there */ other?: { type: string; label: string } } & MountState);

/** Open `device` (its path as typed) for reading, or for writing when `write`. */
export function openFs(ctx: CommandContext, device: string, write: boolean): Opened {
  const abs = ctx.resolve(device);
  const target = targetOf(ctx.host, abs);
  const behind = target.kind === 'file' ? loopOfFile(ctx.host, abs) : undefined;
  const mounted = mountedAt(ctx.host, abs) ?? (behind ? mountedAt(ctx.host, `/dev/loop${behind.n}`) : undefined);
  const busy = isRoot(ctx) && (target.kind === 'loop' || target.kind === 'sda1' || target.kind === 'busy') && (!!mounted || abs === '/dev/sda');
  const fail = (error: string, other?: { type: string; label: string }) => ({ ok: false as const, error, mounted, busy, other });
  if (target.kind === 'none') return fail('No such file or directory');
  if (target.kind === 'dir') return fail('Is a directory');
  const dev = target.kind !== 'file';
  if (dev && !isRoot(ctx)) return fail('Permission denied');
  if (target.kind === 'file' && !(write ? canWrite(ctx.frame.user, abs) : canRead(ctx.frame.user, abs))) return fail('Permission denied');
  if (target.kind === 'busy') {
    const p = PARTITIONS.find((x) => `/dev/${x.name}` === abs);
    return fail(BAD_MAGIC, p?.type ? { type: p.type, label: '' } : undefined);
  }
  const node = target.node;
  if (!node || fileSize(node) < 2048) return fail(SHORT_READ);
  const s = readSuper(node);
  if (!s) {
    const p = probe(node);
    const other = p && p.type === 'xfs' ? { type: 'xfs', label: p.xfs.label } : p?.type === 'swap' ? { type: 'swap', label: '' } : undefined;
    return fail(BAD_MAGIC, other);
  }
  const save = () => {
    saveSuper(node, s);
    if (target.kind === 'sda1') keepSda1(ctx.host, node, ctx.world.now);
    else ctx.host.fs.modified(node);
  };
  return { ok: true, node, super: s, mounted, busy, save };
}

/** check_plausibility(CHECK_FS_EXIST)'s line for what blkid finds instead of an ext2/3/4 file system. */
export function plausible(device: string, other: { type: string; label: string } | undefined): string {
  if (!other) return '';
  return other.label ? `${device} contains a ${other.type} file system labelled '${other.label}'\n` : `${device} contains a ${other.type} file system\n`;
}

/** The names print_user()/print_group() look up. */
export const idNames = (ctx: CommandContext) => (id: number, kind: 'user' | 'group') => (kind === 'user' ? userByUid(ctx.host, id)?.name : groupByGid(ctx.host, id)?.name);

/** Seconds since the epoch, as the tools stamp the superblock. */
export const nowSecs = (ctx: CommandContext) => Math.floor(ctx.world.now / 1000);
