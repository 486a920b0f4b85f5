// hostname (hostname 3.23).
import { def, isRoot } from '../lib/guest';

def({
  name: 'hostname',
  summary: 'show or set the system host name',
  *run(ctx) {
    const a = ctx.args[0];
    if (a === '-I') {
      ctx.out(ctx.host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.addr).join(' ') + ' \n');
      return 0;
    }
    if (a === '-i') {
      ctx.out((ctx.host.ifaces.find((i) => i.name === 'eth1')?.addr ?? '127.0.0.1') + '\n');
      return 0;
    }
    if (a === '-s') {
      ctx.out(ctx.host.hostname.split('.')[0] + '\n');
      return 0;
    }
    if (a && !a.startsWith('-')) {
      if (!isRoot(ctx)) {
        ctx.err('hostname: you must be root to change the host name\n');
        return 1;
      }
      ctx.host.hostname = a;
      return 0;
    }
    ctx.out(ctx.host.hostname + '\n');
    return 0;
  },
});
