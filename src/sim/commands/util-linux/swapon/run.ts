// swapon of util-linux 2.37 (options and help in spec.ts): without arguments or with --show the table of
// active swap areas, -s the /proc/swaps summary, -a turns on what /etc/fstab lists.
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { kmsg, swapLine } from '../../lib/kmsg';
import { spec } from './spec';

def({
  name: 'swapon',
  summary: 'enable devices and files for paging and swapping',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const opts = ctx.opts;
    const operands = ctx.operands ?? [];
    if (opts?.has('show') || opts?.has('summary') || (!opts?.has('all') && !operands.length)) {
      if (sys.swapOn) ctx.out(opts?.has('summary') ? `Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n/dev/sda2                               partition\t${sys.swapTotalKb}\t\t0\t\t-2\n` : 'NAME      TYPE      SIZE USED PRIO\n/dev/sda2 partition   2G   0B   -2\n');
      return 0;
    }
    if (!isRoot(ctx)) {
      ctx.err('swapon: Not superuser.\n');
      return 1;
    }
    const fstab = ctx.host.fs.read('/etc/fstab');
    if (opts?.has('all') && typeof fstab === 'string' && !/^\s*[^#\s].*\sswap\s/m.test(fstab)) return 0;
    if (!sys.swapOn) kmsg(ctx.host, ctx.world.now, swapLine(ctx.host));
    sys.swapOn = true;
    return 0;
  },
});
