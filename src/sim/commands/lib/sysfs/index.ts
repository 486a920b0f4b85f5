// /sys of a Rocky Linux 9 guest, built from the world when it is looked up (see src/sim/pseudo.ts): the devices
// and classes (network adapters, DMI, the disk), the loaded modules and the cgroup v2 hierarchy. Formats and what
// is left out: DIFFERENCES.md beside this file.
import type { CommandContext } from '../../../context';
import type { DirNode } from '../../../fs';
import type { Host } from '../../../types';
import type { World } from '../../../world';
import { registerPseudoFs } from '../../../pseudo';
import { holders, moduleSize } from '../../kmod/modules';
import { dir, file, link } from '../procfs/tree';
import { cgroupTree } from './cgroup';
import { deviceTrees } from './devices';

function viewerOf(host: Host): CommandContext | null {
  const v = host.fs.viewer as CommandContext | undefined;
  return v && v.host === host ? v : null;
}

/** kernel/module.c's attributes of a loaded module: coresize, initstate, refcnt and its holders as links. */
function moduleDir(host: Host, m: string, t: number): DirNode {
  const by = holders(host.sys!, m);
  return dir(m, [
    file('coresize', () => `${moduleSize(m)}\n`, t),
    dir('holders', by.map((h) => link(h, `../../${h}`, t)), t, 0o755),
    file('initstate', () => 'live\n', t),
    file('refcnt', () => `${by.length}\n`, t),
  ], t, 0o755);
}

/** fs/sysfs/file.c sysfs_add_file_mode_ns: an attribute's size is PAGE_SIZE (kernfs's cgroup files keep 0). */
function pageSized(d: DirNode): DirNode {
  for (const c of d.children.values()) {
    if (c.type === 'file') c.size = 4096;
    else if (c.type === 'dir') pageSized(c);
  }
  return d;
}

export function buildSys(world: World, host: Host): DirNode {
  const t = host.bootedAt;
  if (!host.sys) return dir('', [], t);
  const ctx = viewerOf(host);
  const root = ctx?.user.uid === 0;
  return dir('', [
    ...deviceTrees(world, host, root, t).map((n) => (n.type === 'dir' ? pageSized(n) : n)),
    dir('fs', [cgroupTree(ctx, host, t)], t),
    pageSized(dir('module', [...host.sys.modules].map((m) => moduleDir(host, m, t)), t)),
  ], t);
}

registerPseudoFs('/sys', (world, host) => ({
  build: () => buildSys(world, host),
  key: () => viewerOf(host),
  refuse: { create: 'EACCES', mkdir: 'EPERM', symlink: 'EPERM' },
}));
