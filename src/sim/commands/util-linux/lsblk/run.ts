// lsblk of util-linux 2.37 (options and help in spec.ts): the box's one disk, its swap partition marked while swap is
// on, each partition's mount points from the guest's mount table (lib/mounts.ts).
import { def } from '../../lib/guest';
import { mounts } from '../../lib/mounts';
import { spec } from './spec';

def({
  name: 'lsblk',
  summary: 'list block devices',
  spec,
  *run(ctx) {
    const table = mounts(ctx.host);
    // libsmartcols sizes the NAME column to its widest cell: `├─sda1` in the tree, `sda2` for partitions alone
    const wholeDisk = !ctx.operands?.length || ctx.operands.includes('/dev/sda');
    const nameWidth = wholeDisk ? 6 : 4;
    const at = (dev: string) => table.filter((m) => m.source === '/dev/' + dev).map((m) => m.target);
    const swap = ctx.host.sys?.swapOn ? '[SWAP]' : '';
    const points = (dev: string) => [...(dev === 'sda2' && swap ? [swap] : []), ...at(dev)];
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
    if (!ops.length) {
      ctx.out(head() + disk());
      return 0;
    }
    // each operand a block device (lsblk.c __process_one_device: stat() and S_ISBLK, else "not a block device")
    let body = '';
    let failed = 0;
    for (const op of ops) {
      const name = /^\/dev\/(sda[1-4]?)$/.exec(op)?.[1];
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
