// swapoff of util-linux 2.37 (options and help in spec.ts): -a or a device turns swap off; nothing to act on is
// "bad usage" (exit 16, SWAPOFF_EX_USAGE), as is the EPERM of a user who is not root ("Not superuser.").
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

def({
  name: 'swapoff',
  summary: 'disable devices and files for paging and swapping',
  available: linuxOnly,
  spec,
  *run(ctx) {
    if (!ctx.opts?.has('all') && !ctx.opts?.has('L') && !ctx.opts?.has('U') && !ctx.operands?.length) {
      ctx.err("swapoff: bad usage\nTry 'swapoff --help' for more information.\n");
      return 16;
    }
    if (!ctx.host.sys!.swapOn) return 0;
    if (!isRoot(ctx)) {
      ctx.err('swapoff: Not superuser.\n');
      return 16;
    }
    ctx.host.sys!.swapOn = false;
    return 0;
  },
});
