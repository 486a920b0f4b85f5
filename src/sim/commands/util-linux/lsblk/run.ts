// lsblk of util-linux 2.37 (options and help in spec.ts): the box's one disk, its swap partition marked while swap is on.
import { def } from '../../lib/guest';
import { spec } from './spec';

def({
  name: 'lsblk',
  summary: 'list block devices',
  spec,
  *run(ctx) {
    const swap = ctx.host.sys?.swapOn ? '[SWAP]' : '';
    ctx.out(`NAME   MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS\nsda      8:0    0   10G  0 disk \n├─sda1   8:1    0    1M  0 part \n├─sda2   8:2    0    2G  0 part ${swap}\n├─sda3   8:3    0    1G  0 part /boot\n└─sda4   8:4    0    7G  0 part /\n`);
    return 0;
  },
});
