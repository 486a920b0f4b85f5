/**
 * Writes src/sim/data/slab-caches.ts, the slab caches of the guests' /proc/slabinfo (commands/lib/procfs/slab.ts),
 * from this machine's /proc/slabinfo (run as root: the file is mode 0400).
 *
 *   npx tsx scripts/golden/slab-caches.ts [slabinfo file]
 *
 * Kept per cache: the name, object size, objects per slab and pages per slab this kernel gives, and its share of
 * objects (num_objs) and of active ones (per mille), which the guest scales to its own memory. Left out: caches of
 * file systems and features the rockylinux/9 guest does not use or that Linux 5.14 does not have (listed in DROP);
 * the guest's root is XFS, so ext4_inode_cache's share goes to xfs_inode and jbd2's and ext4's others are dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DROP = /^(btrfs|erofs|ext4_|jbd2_|fuse_|squashfs|ovl_|fscrypt|kvm|x86_emulator|pidfs_|memdup_user-|msg_msg-|kmalloc_buckets|bfilp|lsm_|maple_node|mm_slot|bio_post_read_ctx|pending_reservation|extent_status|mb_cache_entry|xfs_(xmi_item|attr_intent|rtrmapbt_cur|rmapbt_cur|bmbt_cur|inobt_cur|bnobt_cur)|erofs)/;
const SHARE: Record<string, string> = { ext4_inode_cache: 'xfs_inode' };

const root = path.resolve(import.meta.dirname, '../..');
const text = readFileSync(process.argv[2] ?? '/proc/slabinfo', 'utf8');
const lines = text.split('\n').filter((l) => l && !l.startsWith('slabinfo') && !l.startsWith('#'));
const caches = new Map<string, [number, number, number, number, number]>();
const shares = new Map<string, [number, number]>();
for (const l of lines) {
  const [name, active, num, size, perSlab, pages] = l.split(/\s+/);
  const to = SHARE[name];
  if (to) shares.set(to, [Number(num), Number(num) ? Math.round((1000 * Number(active)) / Number(num)) : 0]);
  if (DROP.test(name)) continue;
  caches.set(name, [Number(size), Number(perSlab), Number(pages), Number(num), Number(num) ? Math.round((1000 * Number(active)) / Number(num)) : 0]);
}
for (const [to, [num, act]] of shares) {
  const c = caches.get(to);
  if (c) [c[3], c[4]] = [num, act];
}
const rows = [...caches].map(([n, c]) => `  [${JSON.stringify(n)}, ${c.join(', ')}],`);
writeFileSync(
  path.join(root, 'src/sim/data/slab-caches.ts'),
  `// The slab caches of the guests' /proc/slabinfo, in the kernel's order: name, object size, objects per slab, pages
// per slab (SLUB's geometry as a recorded x86-64 kernel gives it), objects (a share, scaled to the guest's memory)
// and active objects per mille. Written by scripts/golden/slab-caches.ts; edit that script, not this file.
export const SLAB_CACHES: [name: string, objSize: number, perSlab: number, pages: number, share: number, activePerMille: number][] = [
${rows.join('\n')}
];
`,
);
console.log(`wrote ${rows.length} slab caches`);
