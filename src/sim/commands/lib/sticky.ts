// Ownership at work: a sticky directory (/tmp and /var/tmp are 1777) lets only a file's owner, the directory's
// owner or root unlink or rename what is in it (EPERM), and a file's w bits say who may write it (EACCES).
import type { Host } from '../../types';
import { ownerOf } from '../../fs-owner';

/** Whether unlinking or renaming `abs` is refused to `user` by its directory's sticky bit. */
export function stickyRefuses(host: Host, user: string, abs: string): boolean {
  if (user === 'root') return false;
  const dirPath = host.fs.dirname(abs);
  const dir = host.fs.get(dirPath);
  const node = host.fs.lget(abs);
  if (!dir || !node || !(dir.mode & 0o1000)) return false;
  return ownerOf(node, abs).user !== user && ownerOf(dir, dirPath).user !== user;
}

/** Whether `user` may not write the existing file `abs` (its owner's, group's or others' w bit). */
export function writeRefused(host: Host, user: string, abs: string): boolean {
  return refused(host, user, abs, 0o2, false);
}

/**
 * Whether `user` may not read the file `abs`: checked for the files made after boot (a file of root's that sudo
 * cp made 0600 in a home); the image's keep the path rules (util.ts canRead).
 */
export function readRefused(host: Host, user: string, abs: string): boolean {
  return refused(host, user, abs, 0o4, true);
}

function refused(host: Host, user: string, abs: string, bit: number, madeOnly: boolean): boolean {
  // the pseudo file systems keep their own checks (devfs's modes, procfs)
  if (user === 'root' || /^\/(dev|proc|sys)\//.test(abs)) return false;
  const node = host.fs.get(abs);
  if (!node || node.type !== 'file' || (madeOnly && !node.owner)) return false;
  const own = ownerOf(node, abs);
  if (own.user === user) return !(node.mode & (bit << 6));
  const u = host.users.get(user);
  const g = host.groups?.get(own.group);
  const member = !!g && (g.gid === u?.gid || g.members.includes(user));
  return !(node.mode & (member ? bit << 3 : bit));
}
