// Building the trees of the pseudo file systems: directories, files whose text is made when first read, links.
// Their size is what stat gives on /proc (0: fs/proc keeps no i_size; sysfs.ts sets its files' own), not the text's.
import type { DirNode, FileNode, FsError, FsNode, LinkNode } from '../../../fs';
import { fnv32a } from '../../../hash';

export function dir(name: string, entries: (FsNode | null)[], mtime: number, mode = 0o555, errno?: FsError): DirNode {
  const children = new Map<string, FsNode>();
  for (const e of entries) if (e) children.set(e.name, e);
  return { type: 'dir', name, children, mtime, mode, size: 0, ...(errno ? { errno } : {}) };
}

/** A file whose text is made the first time it is read (a listing does not make it). */
export function file(name: string, text: () => string, mtime: number, mode = 0o444, errno?: FsError): FileNode {
  let made: string | undefined;
  const n = { type: 'file', name, mtime, mode, size: 0, ...(errno ? { errno } : {}) } as FileNode;
  Object.defineProperty(n, 'content', { enumerable: true, get: () => (made ??= text()), set: (v: string) => (made = v) });
  return n;
}

export function link(name: string, target: string, mtime: number, errno?: FsError): LinkNode {
  return { type: 'link', name, target, mtime, mode: 0o777, size: 0, ...(errno ? { errno } : {}) };
}

/** Directories for dotted keys (net.ipv4.ip_forward → net/ipv4/ip_forward), each leaf a file. */
export function keyTree(name: string, keys: string[], leaf: (key: string, name: string) => FsNode, mtime: number, mode = 0o555): DirNode {
  const root = dir(name, [], mtime, mode);
  for (const key of keys) {
    const parts = key.split('.');
    let d = root;
    for (const p of parts.slice(0, -1)) {
      let next = d.children.get(p);
      if (next?.type !== 'dir') d.children.set(p, (next = dir(p, [], mtime, mode)));
      d = next;
    }
    const last = parts[parts.length - 1];
    d.children.set(last, leaf(key, last));
  }
  return root;
}

/** FNV-1a: numbers the kernel gives out (socket inodes) derived, the same for a seed and name each time. */
export const fnv = fnv32a;
