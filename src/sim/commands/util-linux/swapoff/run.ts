// swapoff of util-linux 2.37 (options and help in spec.ts): -a or a device or file turns swap off; nothing to act
// on is "bad usage" (exit 16, SWAPOFF_EX_USAGE), as is the EPERM of a user who is not root ("Not superuser.");
// an area that is not on is the kernel's EINVAL ("swapoff failed", exit 4, SWAPOFF_EX_FAILURE).
import type { CommandContext } from '../../../context';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { swapAreas } from '../../lib/swaps';
import { spec } from './spec';

def({
  name: 'swapoff',
  summary: 'disable devices and files for paging and swapping',
  available: linuxOnly,
  spec,
  *run(ctx: CommandContext) {
    const sys = ctx.host.sys!;
    const operands = ctx.operands ?? [];
    if (!ctx.opts?.has('all') && !ctx.opts?.has('L') && !ctx.opts?.has('U') && !operands.length) {
      ctx.err("swapoff: bad usage\nTry 'swapoff --help' for more information.\n");
      return 16;
    }
    let status = 0;
    for (const op of operands) {
      const path = ctx.resolve(op);
      const exists = path === '/dev/sda2' || !!ctx.host.fs.get(path);
      if (!exists) {
        ctx.err(`swapoff: ${op}: swapoff failed: No such file or directory\n`);
        status |= 4;
        continue;
      }
      if (!isRoot(ctx)) {
        ctx.err('swapoff: Not superuser.\n');
        return 16;
      }
      if (!swapAreas(sys).some((a) => a.name === path)) {
        ctx.err(`swapoff: ${op}: swapoff failed: Invalid argument\n`);
        status |= 4;
        continue;
      }
      if (path === '/dev/sda2') sys.swapOn = false;
      else sys.swapFiles = sys.swapFiles!.filter((f) => f.path !== path);
    }
    if (ctx.opts?.has('all')) {
      if (!swapAreas(sys).length) return status;
      if (!isRoot(ctx)) {
        ctx.err('swapoff: Not superuser.\n');
        return 16;
      }
      sys.swapOn = false;
      sys.swapFiles = [];
    }
    return status;
  },
});
