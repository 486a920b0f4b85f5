// What the kernel's ext4 driver (Rocky 9's 5.14) writes in the superblock of an ext2/3/4 file system it mounts
// read-write and unmounts (fs/ext4/super.c ext4_setup_super(), ext4_put_super(), ext4_commit_super()): on mount,
// the mount count and mount time, and the needs_recovery flag (a journal) or a cleared valid state (none); on
// unmount, the valid state back and the flag cleared. tune2fs -l shows them; resize2fs wants e2fsck -f after a
// mount. s_last_mounted (set on the first regular file opened) and s_kbytes_written are not kept.
import type { Host } from '../../../types';
import { keepSda1, targetOf } from '../../lib/loops';
import { F, HAS_JOURNAL, readSuper, saveSuper } from './super';

const NEEDS_RECOVERY = 0x4;

function update(host: Host, dev: string, now: number, change: (s: NonNullable<ReturnType<typeof readSuper>>, t: number) => void): void {
  const target = targetOf(host, dev);
  const node = target.kind === 'loop' || target.kind === 'sda1' ? target.node : undefined;
  const s = node && readSuper(node);
  if (!node || !s) return;
  const t = Math.floor(now / 1000);
  change(s, t);
  s.set32(F.wtime, t);
  saveSuper(node, s);
  if (target.kind === 'sda1') keepSda1(host, node, now);
  else host.fs.modified(node);
}

export function ext4Mounted(host: Host, dev: string, now: number): void {
  update(host, dev, now, (s, t) => {
    if (!(s.compat & HAS_JOURNAL)) s.set16(F.state, s.u16(F.state) & ~1);
    s.set16(F.mntCount, s.u16(F.mntCount) + 1);
    s.set32(F.mtime, t);
    if (s.compat & HAS_JOURNAL) s.set32(F.incompat, s.incompat | NEEDS_RECOVERY);
  });
}

export function ext4Unmounted(host: Host, dev: string, now: number): void {
  update(host, dev, now, (s) => {
    s.set32(F.incompat, s.incompat & ~NEEDS_RECOVERY);
    s.set16(F.state, s.u16(F.state) | 1);
  });
}
