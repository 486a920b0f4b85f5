// lsmod of kmod 28: /proc/modules newest first, `%-19s %8ld  %d` and the holders (tools/lsmod.c).
import { def, linuxOnly } from '../../lib/guest';
import { holders, moduleSize } from '../modules';
import { spec } from './spec';

def({
  name: 'lsmod',
  summary: 'Show the status of modules in the Linux Kernel',
  available: linuxOnly,
  spec,
  *run(ctx) {
    if (ctx.args.length) {
      // argv[0] as typed
      ctx.err(`Usage: ${ctx.name}\n`);
      return 1;
    }
    const sys = ctx.host.sys!;
    let out = 'Module                  Size  Used by\n';
    for (const m of [...sys.modules].reverse()) {
      const by = holders(sys, m);
      out += `${m.padEnd(19)} ${String(moduleSize(m)).padStart(8)}  ${by.length}${by.length ? ' ' + by.join(',') : ''}\n`;
    }
    ctx.out(out);
    return 0;
  },
});
