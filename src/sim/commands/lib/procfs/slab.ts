// /proc/slabinfo of a guest (mm/slab_common.c print_slabinfo_header and cache_show as SLUB fills them: tunables
// and sharedavail 0, every slab active) and the Slab keys of /proc/meminfo. The caches and their geometry are
// src/sim/data/slab-caches.ts; their objects are scaled to the guest's memory (procps/vmstat/stats.ts memOf):
// the reclaimable caches (dentries, inodes, buffer heads, radix tree nodes, kmalloc-rcl) take a share of the page
// cache free and vmstat show as buff/cache, the others a share of the used memory, more when the kubelet runs.
// Each cache's count moves by a few per cent with a hash of the host and its boot time (hash.ts), never with the world rng.
import type { Host } from '../../../types';
import { SLAB_CACHES } from '../../../data/slab-caches';
import { fnv32a } from '../../../hash';
import { memOf } from '../../procps/vmstat/stats';

export interface SlabCache {
  name: string;
  active: number;
  num: number;
  objSize: number;
  perSlab: number;
  pages: number;
  slabs: number;
  reclaimable: boolean;
}

const RECLAIMABLE = /^(dentry|.*inode_cache|xfs_inode|xfs_ili|buffer_head|radix_tree_node|kmalloc-rcl-)/;
const PAGE_KB = 4;

/** The hash's key: the host and its boot (the caches grow anew at each boot). */
const seedOf = (host: Host) => `${host.id}:${host.bootedAt}`;

/** The caches in the kernel's order, with the guest's counts. */
export function slabCaches(host: Host): SlabCache[] {
  const m = memOf(host);
  const kube = host.sys?.units.get('kubelet.service')?.active === 'active';
  const target = { true: m.total * 0.035, false: m.total * (kube ? 0.045 : 0.025) };
  // the recorded shares' size in KiB, per group, to scale them to the target
  const kb = { true: 0, false: 0 };
  for (const [name, size, , , share] of SLAB_CACHES) kb[String(RECLAIMABLE.test(name)) as 'true'] += (share * size) / 1024;
  const seed = seedOf(host);
  return SLAB_CACHES.map(([name, objSize, perSlab, pages, share, perMille]) => {
    const reclaimable = RECLAIMABLE.test(name);
    const g = String(reclaimable) as 'true';
    const jitter = 0.95 + (fnv32a(`${seed}:slab:${name}`) % 1000) / 10000;
    const want = share ? Math.max(1, (share * target[g] * jitter) / kb[g]) : 0;
    const slabs = Math.ceil(want / perSlab);
    const num = slabs * perSlab;
    const active = Math.min(num, Math.round((num * perMille) / 1000));
    return { name, active, num, objSize, perSlab, pages, slabs, reclaimable };
  });
}

/** SReclaimable and SUnreclaim in KiB: the caches' slabs. */
export function slabKb(host: Host): { reclaimable: number; unreclaimable: number } {
  const r = { reclaimable: 0, unreclaimable: 0 };
  for (const c of slabCaches(host)) r[c.reclaimable ? 'reclaimable' : 'unreclaimable'] += c.slabs * c.pages * PAGE_KB;
  return r;
}

const HEADER =
  'slabinfo - version: 2.1\n# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>\n';
const pad = (v: number | string, n: number) => String(v).padStart(n);

export function slabinfo(host: Host): string {
  return (
    HEADER +
    slabCaches(host)
      .map((c) => `${c.name.padEnd(17)} ${pad(c.active, 6)} ${pad(c.num, 6)} ${pad(c.objSize, 6)} ${pad(c.perSlab, 4)} ${pad(c.pages, 4)} : tunables ${pad(0, 4)} ${pad(0, 4)} ${pad(0, 4)} : slabdata ${pad(c.slabs, 6)} ${pad(c.slabs, 6)} ${pad(0, 6)}\n`)
      .join('')
  );
}
