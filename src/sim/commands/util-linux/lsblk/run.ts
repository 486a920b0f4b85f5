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
    const at = (dev: string) => table.filter((m) => m.source === '/dev/' + dev).map((m) => m.target);
    const swap = ctx.host.sys?.swapOn ? '[SWAP]' : '';
    const points = (dev: string) => [...(dev === 'sda2' && swap ? [swap] : []), ...at(dev)];
    // MOUNTPOINTS lists every mount point of a device on lines of their own below it
    const row = (tree: string, cont: string, dev: string, majMin: string, size: string, type: string) => {
      const p = points(dev);
      const first = `${(tree + dev).padEnd(6)} ${majMin.padStart(5)}    0 ${size.padStart(5)}  0 ${type} ${p[0] ?? ''}\n`;
      return first + p.slice(1).map((x) => `${cont.padEnd(32)}${x}\n`).join('');
    };
    ctx.out(
      'NAME   MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS\n' +
        row('', '', 'sda', '8:0', '10G', 'disk') +
        row('├─', '│', 'sda1', '8:1', '1M', 'part') +
        row('├─', '│', 'sda2', '8:2', '2G', 'part') +
        row('├─', '│', 'sda3', '8:3', '1G', 'part') +
        row('└─', '', 'sda4', '8:4', '7G', 'part'),
    );
    return 0;
  },
});
