// host of bind 9.16.23 (not in the box: `dnf install bind-utils`): A records of the public names; -V; the usage
// when no name is given (options and errors in spec.ts).
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/packages';
import { resolve, server, VERSION } from '../lib';
import { spec } from './spec';

def({
  name: 'host',
  summary: 'DNS lookup utility',
  available: (h) => hasCommand(h, 'host'),
  spec,
  *run(ctx) {
    if (ctx.opts!.has('V')) {
      ctx.err(`host ${VERSION}\n`);
      return 0;
    }
    const name = ctx.operands?.[0];
    if (!name) {
      const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.err(help);
      return 1;
    }
    yield { wait: 30 };
    const ns = ctx.operands?.[1];
    const a = resolve(ctx, name, ns ?? server(ctx));
    if (!a) {
      ctx.out(`;; connection timed out; no servers could be reached\n`);
      return 1;
    }
    // a server named on the command line is told first (host.c)
    if (ns) ctx.out(`Using domain server:\nName: ${ns}\nAddress: ${ns}#53\nAliases: \n\n`);
    if (!a.addrs.length) {
      ctx.out(`Host ${name} not found: 3(NXDOMAIN)\n`);
      return 1;
    }
    for (const addr of a.addrs) ctx.out(`${name} has address ${addr}\n`);
    return 0;
  },
});
