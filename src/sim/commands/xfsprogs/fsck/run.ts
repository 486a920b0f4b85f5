// fsck.xfs of xfsprogs 6.4.0 (fsck/xfs_fsck.sh, run by /bin/sh -f, so $0 is the path it was run by): the last
// word names the device; one that does not exist is exit 8; otherwise, XFS checking itself at mount, it says where
// to look (or, with -a, -A or -p, that it is XFS) and succeeds. A forced check (-f) runs xfs_repair only outside an
// interactive session, which a typed command never is.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { spec } from './spec';

function* fsckXfs(ctx: CommandContext): CommandRun {
  const self = ctx.name.includes('/') ? ctx.name : `/usr/sbin/${ctx.name}`;
  let auto = false;
  // getopts ":aApyf": option words up to the first operand
  for (const a of ctx.args) {
    if (!/^-./.test(a) || a === '--') break;
    if (/[aAp]/.test(a.slice(1))) auto = true;
  }
  const dev = ctx.args.length ? ctx.args[ctx.args.length - 1] : self;
  const abs = ctx.resolve(dev);
  if (!ctx.host.fs.exists(abs) && !/^\/dev\/(sda\d?|loop\d+)$/.test(abs)) {
    ctx.out(`${self}: ${dev} does not exist\n`);
    return 8;
  }
  ctx.out(auto ? `${self}: XFS file system.\n` : 'If you wish to check the consistency of an XFS filesystem or\nrepair a damaged filesystem, see xfs_repair(8).\n');
  return 0;
}

def({ name: 'fsck.xfs', summary: 'do nothing, successfully', available: linuxOnly, spec, run: fsckXfs });
