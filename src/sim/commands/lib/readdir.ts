// The order readdir(3) gives a directory's entries on the box's XFS: a small (short-form) directory lists its
// entries as they were made, a name made again going last. The Vfs keeps each directory's entries in that order
// (fs.kids()), so ls -U, find, du, tar c, chmod -R, chown -R, rm -r (fts in readdir order) and cp -r (savedir by
// inode number, which follows creation for the files of one directory on XFS) all walk them that way.
import type { DirNode, FsNode, Vfs } from '../../fs';

/** A directory's entries in readdir order. */
export function readdirNodes(fs: Vfs, dir: DirNode): FsNode[] {
  return [...fs.kids(dir).values()];
}

/** Entries of a listing (fs.list's, which sorts them by name) put back into the directory's readdir order. */
export function inReaddirOrder<T extends { name: string }>(fs: Vfs, dir: DirNode, entries: T[]): T[] {
  const rank = new Map<string, number>();
  let i = 0;
  for (const c of fs.kids(dir).values()) rank.set(c.name, i++);
  return [...entries].sort((a, b) => (rank.get(a.name) ?? i) - (rank.get(b.name) ?? i));
}
