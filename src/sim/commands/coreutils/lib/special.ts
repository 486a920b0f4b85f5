// Special files of the guest's file system: a FIFO (mkfifo, mknod p) or a character or block device (mknod c, b)
// is a file node whose mode has the type bits (S_IFIFO, S_IFCHR, S_IFBLK) and, for a device, its number in rdev.
import type { CommandContext } from '../../../context';
import type { FsError } from '../../../fs';
import { canWrite } from '../../../util';

export const S_IFIFO = 0o010000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

/** mknod(2): a new node of `type` with permission bits `perm` (the umask already applied), or the errno. */
export function makeSpecial(ctx: CommandContext, name: string, type: number, perm: number, rdev?: number): FsError | null {
  const fs = ctx.host.fs;
  const abs = ctx.resolve(name);
  if (fs.lget(abs)) return 'EEXIST';
  const parent = fs.lookup(fs.dirname(abs));
  if (typeof parent === 'string') return parent;
  if (parent.node.type !== 'dir') return 'ENOTDIR';
  if (!canWrite(ctx.frame.user, abs)) return 'EACCES';
  if (type !== S_IFIFO && ctx.frame.user !== 'root') return 'EPERM';
  const e = fs.write(abs, '', false, type | (perm & 0o7777));
  if (e) return e;
  const node = fs.lget(abs);
  // the bits asked for, as they are (-m MODE is set with chmod after mknod)
  if (node?.type === 'file') node.mode = type | (perm & 0o7777);
  if (node?.type === 'file' && rdev !== undefined) node.rdev = rdev;
  return null;
}
