// The pseudo file systems a Linux guest mounts (/proc, /sys, /dev): each is built from the world when it is looked up
// (fs.ts PseudoFs) by a provider that registers itself with its module; the guest is attached to them when it is
// made and when a snapshot brings it back. Nothing of them is kept in the stored tree.
import type { DirNode, PseudoFs } from './fs';
import type { Host } from './types';
import type { World } from './world';

export type PseudoFactory = (world: World, host: Host) => PseudoFs;

/** The mount points of a Linux guest's pseudo file systems, in mount order. */
export const PSEUDO_MOUNTS = ['/proc', '/sys', '/dev'] as const;

const providers = new Map<string, PseudoFactory>();

/** The provider of the file system mounted at `path` (its module calls this when loaded). */
export function registerPseudoFs(path: (typeof PSEUDO_MOUNTS)[number], factory: PseudoFactory): void {
  providers.set(path, factory);
}

const empty = (): DirNode => ({ type: 'dir', name: '', children: new Map(), mtime: 0, mode: 0o555 });

/** Mount /proc, /sys and /dev on a Linux guest; a provider not loaded yet shows an empty directory until it is. */
export function attachPseudoFs(world: World, host: Host): void {
  if (host.kind !== 'linux' || host.fs.windows) return;
  for (const path of PSEUDO_MOUNTS) {
    let made: PseudoFs | null = null;
    const get = () => (made ??= providers.get(path)?.(world, host) ?? null);
    host.fs.mount(path, {
      build: () => get()?.build() ?? empty(),
      key: () => get()?.key?.(),
      get refuse() {
        return get()?.refuse;
      },
      get writable() {
        return get()?.writable;
      },
      write: (abs, content) => get()?.write?.(abs, content) ?? false,
    });
  }
}
