// swapon and swapoff of util-linux 2.37.
import { def, isRoot, linuxOnly } from '../lib/guest';

def({
  name: 'swapoff',
  summary: 'disable devices and files for paging and swapping',
  available: linuxOnly,
  *run(ctx) {
    if (!isRoot(ctx)) {
      ctx.err('swapoff: Not superuser.\n');
      return 1;
    }
    if (!ctx.args.length) {
      ctx.err("Usage:\n swapoff [options] [<spec>]\n\nDisable devices and files for paging and swapping.\n");
      return 2;
    }
    ctx.host.sys!.swapOn = false;
    return 0;
  },
});

def({
  name: 'swapon',
  summary: 'enable devices and files for paging and swapping',
  available: linuxOnly,
  *run(ctx) {
    const sys = ctx.host.sys!;
    if (ctx.args.includes('--show') || ctx.args.includes('-s') || !ctx.args.length) {
      if (sys.swapOn) ctx.out(ctx.args.includes('-s') ? `Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n/dev/sda2                               partition\t${sys.swapTotalKb}\t\t0\t\t-2\n` : 'NAME      TYPE      SIZE USED PRIO\n/dev/sda2 partition   2G   0B   -2\n');
      return 0;
    }
    if (!isRoot(ctx)) {
      ctx.err('swapon: Not superuser.\n');
      return 1;
    }
    const fstab = ctx.host.fs.read('/etc/fstab');
    if (ctx.args.includes('-a') && typeof fstab === 'string' && !/^\s*[^#\s].*\sswap\s/m.test(fstab)) return 0;
    sys.swapOn = true;
    return 0;
  },
});
