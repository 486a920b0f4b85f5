// lsblk of util-linux 2.37 (options and help in spec.ts): the box's one disk, its swap partition marked while swap is
// on, each partition's mount points from the guest's mount table (lib/mounts.ts).
import { def } from '../../lib/guest';
import { mounts, PARTITIONS } from '../../lib/mounts';
import { humanSize } from '../findmnt/run';
import { attachedLoops, targetOf } from '../../lib/loops';
import { fileSize } from '../../lib/inode';
import { probe } from '../../lib/fs-super';
import { uuidString } from '../lib/swap-header';
import type { FileNode } from '../../../fs';
import { spec } from './spec';

def({
  name: 'lsblk',
  summary: 'list block devices',
  spec,
  *run(ctx) {
    const table = mounts(ctx.host);
    // libsmartcols sizes the NAME column to its widest cell: `├─sda1` in the tree, `sda2` for partitions alone
    const wholeDisk = !ctx.operands?.length || ctx.operands.includes('/dev/sda');
    // the attached loop devices (an empty one is left out), before sda: lsblk sorts by MAJ:MIN
    const loops = attachedLoops(ctx.host).map((l) => ({ name: `loop${l.n}`, majMin: `7:${l.n}`, node: targetOf(ctx.host, `/dev/loop${l.n}`) as { node?: FileNode } }));
    const loopSize = (n?: FileNode) => (n ? humanSize(fileSize(n)) : '0B');
    const shownLoops = (ops: string[]) => loops.filter((l) => !ops.length || ops.includes('/dev/' + l.name));
    const nameWidth = Math.max(wholeDisk ? 6 : 4, ...shownLoops(ctx.operands ?? []).map((l) => l.name.length));
    const at = (dev: string) => table.filter((m) => m.source === '/dev/' + dev).map((m) => m.target);
    const swap = ctx.host.sys?.swapOn ? '[SWAP]' : '';
    const points = (dev: string) => [...(dev === 'sda2' && swap ? [swap] : []), ...at(dev)];
    const loopRows = (ops: string[]) => shownLoops(ops).map((l) => row('', '', l.name, l.majMin, loopSize(l.node.node), 'loop')).join('');
    // MOUNTPOINTS lists every mount point of a device on lines of their own below it
    const row = (tree: string, cont: string, dev: string, majMin: string, size: string, type: string) => {
      const p = points(dev);
      const first = `${(tree + dev).padEnd(nameWidth)} ${majMin.padStart(5)}    0 ${size.padStart(5)}  0 ${type} ${p[0] ?? ''}\n`;
      return first + p.slice(1).map((x) => `${cont.padEnd(32)}${x}\n`).join('');
    };
    const parts: [string, string, string][] = [['sda1', '8:1', '1M'], ['sda2', '8:2', '2G'], ['sda3', '8:3', '1G'], ['sda4', '8:4', '7G']];
    const disk = () => row('', '', 'sda', '8:0', '10G', 'disk') + parts.map(([d, mm, size], i) => row(i === parts.length - 1 ? '└─' : '├─', i === parts.length - 1 ? '' : '│', d, mm, size, 'part')).join('');
    const head = () => `${'NAME'.padEnd(nameWidth)} MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS\n`;
    const ops = ctx.operands ?? [];
    // -f: NAME FSTYPE FSVER LABEL UUID FSAVAIL FSUSE% MOUNTPOINTS (lsblk.c, case 'f'); libblkid gives swap the
    // version 1 and XFS none, the box's file systems have no labels; FSAVAIL and FSUSE% come from statvfs() of a
    // mounted file system (get_vfs_attribute(): f_bavail, and (f_blocks - f_bfree) / f_blocks as %.0f)
    if (ctx.opts?.has('fs') && !ops.length) {
      const loopCells = (l: (typeof loops)[number]): string[] => {
        const p = l.node.node ? probe(l.node.node) : null;
        const fs = p && p.type !== 'swap' ? (p.type === 'xfs' ? p.xfs : p.ext) : undefined;
        return [l.name, p?.type ?? '', p && p.type !== 'xfs' ? (p.type === 'swap' ? '1' : '1.0') : '', fs?.label ?? '', fs ? uuidString(fs.uuid) : '', '', '', points(l.name).join('\n')];
      };
      const cells = (tree: string, dev: string): string[] => {
        const p = PARTITIONS.find((x) => x.name === dev);
        const m = table.find((x) => x.source === '/dev/' + dev && x.kb);
        const avail = m?.kb ? humanSize((m.kb.size - m.kb.used) * 1024) : '';
        const pct = m?.kb ? `${Math.round((m.kb.used / m.kb.size) * 100)}%` : '';
        if (dev === 'sda1') {
          const c = loopCells({ name: dev, majMin: '8:1', node: targetOf(ctx.host, '/dev/sda1') as { node?: FileNode } });
          return [tree + dev, ...c.slice(1, 5), avail, pct, c[7]];
        }
        return [tree + dev, p?.type ?? '', p?.type === 'swap' ? '1' : '', '', p?.uuid ?? '', avail, pct, points(dev).join('\n')];
      };
      const rows = [...loops.map(loopCells), cells('', 'sda'), ...parts.map(([d], i) => cells(i === parts.length - 1 ? '└─' : '├─', d))];
      const headers = ['NAME', 'FSTYPE', 'FSVER', 'LABEL', 'UUID', 'FSAVAIL', 'FSUSE%', 'MOUNTPOINTS'];
      const right = [false, false, false, false, false, true, true, false];
      const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
      const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c.split('\n')[0] : right[i] ? c.padStart(width[i]) : c + ' '.repeat(width[i] - [...c].length))).join(' ');
      const more = (r: string[]) => r[7].split('\n').slice(1).map((x) => ' '.repeat(width.slice(0, 7).reduce((a, w) => a + w + 1, 0)) + x + '\n').join('');
      ctx.out([headers, ...rows].map((r) => line(r) + '\n' + (r === headers ? '' : more(r))).join(''));
      return 0;
    }
    if (!ops.length) {
      ctx.out(head() + loopRows([]) + disk());
      return 0;
    }
    // each operand a block device (lsblk.c __process_one_device: stat() and S_ISBLK, else "not a block device")
    let body = '';
    let failed = 0;
    for (const op of ops) {
      const name = /^\/dev\/(sda[1-4]?)$/.exec(op)?.[1];
      if (!name && loops.some((l) => '/dev/' + l.name === op)) {
        body += loopRows([op]);
        continue;
      }
      if (!name) {
        ctx.err(`lsblk: ${op}: not a block device\n`);
        failed++;
        continue;
      }
      const part = parts.find((x) => x[0] === name);
      body += part ? row('', '', part[0], part[1], part[2], 'part') : disk();
    }
    if (body) ctx.out(head() + body);
    return failed === 0 ? 0 : failed === ops.length ? 32 : 64;
  },
});
