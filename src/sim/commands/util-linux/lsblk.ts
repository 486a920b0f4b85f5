// lsblk of util-linux 2.37.
import { def } from '../lib/guest';

def({
  name: 'lsblk',
  summary: 'list block devices',
  *run(ctx) {
    const swap = ctx.host.sys?.swapOn ? '[SWAP]' : '';
    ctx.out(`NAME   MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS\nsda      8:0    0   10G  0 disk \n├─sda1   8:1    0    1M  0 part \n├─sda2   8:2    0    2G  0 part ${swap}\n├─sda3   8:3    0    1G  0 part /boot\n└─sda4   8:4    0    7G  0 part /\n`);
    return 0;
  },
});
