// hostname of hostname 3.23: the name, -s, -f, -d, -i, -I from the host's model; setting the name as root
// (options, help and usage errors in spec.ts).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def, isRoot } from '../lib/guest';
import { spec } from './spec';

function* hostname(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const name = ctx.host.hostname;
  if (ops.length > 1 || (ops.length && o.has('file'))) {
    // hostname.c: usage(stderr) for a second operand
    const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.err(help);
    return 255;
  }
  if (ops.length === 1) {
    if (!isRoot(ctx)) {
      ctx.err('hostname: you must be root to change the host name\n');
      return 1;
    }
    ctx.host.hostname = ops[0];
    return 0;
  }
  if (o.has('all-ip-addresses')) {
    ctx.out(ctx.host.ifaces.filter((i) => i.name !== 'lo' && i.addr).map((i) => i.addr + ' ').join('') + '\n');
    return 0;
  }
  if (o.has('ip-address')) {
    ctx.out((ctx.host.ifaces.find((i) => i.name === 'eth1')?.addr ?? '127.0.0.1') + '\n');
    return 0;
  }
  if (o.has('short')) ctx.out(name.split('.')[0] + '\n');
  else if (o.has('domain')) ctx.out(name.includes('.') ? name.slice(name.indexOf('.') + 1) + '\n' : '\n');
  else ctx.out(name + '\n');
  return 0;
}

def({ name: 'hostname', summary: 'show or set the system host name', spec, run: hostname });
