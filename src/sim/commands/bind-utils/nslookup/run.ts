// nslookup of bind 9.16.23 (not in the box: `dnf install bind-utils`): a name looked up on the resolver of
// /etc/resolv.conf or the server given; without a name, its "> " prompt reads names and `server`, `exit`.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/packages';
import { resolve, server, VERSION } from '../lib';
import { spec } from './spec';

const BOOL = [['all', 3], ['recurse', 3], ['norecurse', 5], ['defname', 3], ['nodefname', 5], ['vc', 2], ['novc', 4], ['debug', 3], ['nodebug', 5], ['d2', 2], ['nod2', 4], ['search', 3], ['nosearch', 5], ['sil', 3], ['fail', 3], ['nofail', 5]] as const;
const VALUED = ['class=', 'cl=', 'type=', 'ty=', 'querytype=', 'query=', 'qu=', 'q=', 'domain=', 'do=', 'port=', 'po=', 'timeout=', 't=', 'retry=', 'ret=', 'ndots='];

/** setoption(): whether nslookup knows the option (CHECKOPT: at least N letters of the name, any case). */
function known(opt: string): boolean {
  const l = opt.toLowerCase();
  return BOOL.some(([name, n]) => l.length >= n && l.length <= name.length && name.startsWith(l)) || VALUED.some((v) => l.startsWith(v));
}

function answer(ctx: CommandContext, name: string, ns: string): number {
  const a = resolve(ctx, name, ns);
  if (!a) {
    ctx.out(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  if (!a.addrs.length) {
    ctx.out(`Server:\t\t${ns}\nAddress:\t${ns}#53\n\n** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  const lines = a.addrs.map((addr) => `Name:\t${name}\nAddress: ${addr}\n`).join('');
  ctx.out(`Server:\t\t${ns}\nAddress:\t${ns}#53\n\n${a.authoritative ? '' : 'Non-authoritative answer:\n'}${lines}\n`);
  return 0;
}

function* nslookup(ctx: CommandContext): CommandRun {
  let ns = server(ctx);
  const names: string[] = [];
  let dash = false;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a.startsWith('-')) {
      if (a.toLowerCase().startsWith('-ver')) {
        ctx.err(`nslookup ${VERSION}\n`);
        return 0;
      }
      if (a === '-') dash = true;
      else if (!known(a.slice(1))) ctx.out(`*** Invalid option: ${a.slice(1)}\n`);
      continue;
    }
    if (!names.length && !dash) names.push(a);
    else {
      if (i + 1 < ctx.args.length) {
        const { usage } = (yield { load: () => import('./help') }) as typeof import('./help');
        ctx.err(usage);
        return 1;
      }
      ns = a;
    }
  }
  if (names.length) {
    yield { wait: 30 };
    return answer(ctx, names[0], ns);
  }
  for (;;) {
    const line = (yield { ask: '> ' }) as string | null;
    if (line === null || line === undefined) return 0;
    const [cmd, arg] = line.trim().split(/\s+/);
    if (!cmd) continue;
    if (cmd.toLowerCase() === 'exit') return 0;
    if (cmd.toLowerCase() === 'server' && arg) {
      ns = arg;
      ctx.out(`Default server: ${ns}\nAddress: ${ns}#53\n`);
      continue;
    }
    yield { wait: 30 };
    answer(ctx, cmd, ns);
  }
}

def({ name: 'nslookup', summary: 'query Internet name servers interactively', available: (h) => hasCommand(h, 'nslookup'), spec, run: nslookup });
