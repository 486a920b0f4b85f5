// What is made in /dev itself (mknod /dev/x, the files of a process substitution) lives in the stored tree's /dev
// under the mount point, and devfs lays its generated nodes under it (index.ts).
import type { DirNode } from '../../../fs';
import type { Host } from '../../../types';

/** The stored directory under /dev's mount point, or null where the machine has none. */
export function storedDev(host: Host): DirNode | null {
  const d = host.fs.root.children.get('dev');
  return d?.type === 'dir' ? d : null;
}

/**
 * /dev/fd as a directory of its own, for the files bash gives a process substitution (`<(list)` is /dev/fd/63):
 * on a guest with devfs it takes the place of the link to /proc/self/fd; elsewhere it is made as any directory.
 */
export function substitutionDir(host: Host): void {
  const d = storedDev(host);
  if (!host.fs.mountOf('/dev') || !d) {
    host.fs.mkdir('/dev/fd', true);
    return;
  }
  if (d.children.get('fd')?.type !== 'dir') d.children.set('fd', { type: 'dir', name: 'fd', children: new Map(), mtime: host.fs.now(), mode: 0o755 });
}
