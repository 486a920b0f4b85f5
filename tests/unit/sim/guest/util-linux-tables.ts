// The guest's mount table as /proc/self/mountinfo, its /etc/fstab and its kernel buffer as `dmesg -r` prints it, for the
// util-linux golden cases (scripts/golden/util-linux-tables.ts writes them, the golden test compares).
import type { Session } from '../../../../src/sim/session';

const VFS = new Set(['rw', 'ro', 'nosuid', 'nodev', 'noexec', 'relatime', 'noatime', 'strictatime', 'nodiratime', 'sync', 'dirsync']);

export async function tables(s: Session): Promise<{ mountinfo: string; kmsg: string; fstab: string }> {
  const rows = (await s.exec('findmnt -l -n -r -o ID,PARENT,MAJ:MIN,TARGET,OPTIONS,FSTYPE,SOURCE')).stdout.trim().split('\n');
  const mountinfo = rows
    .map((r) => {
      const [id, parent, majMin, target, options, fstype, source] = r.split(' ');
      const o = options.split(',');
      const vfs = o.filter((x) => VFS.has(x)).join(',');
      const fs = [o[0], ...o.slice(1).filter((x) => !VFS.has(x))].join(',');
      return `${id} ${parent} ${majMin} / ${target} ${vfs} shared:1 - ${fstype} ${source} ${fs}\n`;
    })
    .join('');
  const kmsg = (await s.exec('dmesg -r')).stdout;
  const fstab = (await s.exec('cat /etc/fstab')).stdout;
  return { mountinfo, kmsg, fstab };
}
