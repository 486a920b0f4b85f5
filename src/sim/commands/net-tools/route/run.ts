// route of net-tools 2.0: the IPv4 table (table.ts) as route prints it, -e / -ee, -n; add, del and flush check
// their words as lib/inet_sr.c does and fail for a user as the kernel refuses them (EPERM); as root a change is
// taken and the table stays as Vagrant set it up (as with `ip route add`; DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/where';
import { routeTable, routeTable6 } from './table';
import { spec } from './spec';

type Help = typeof import('./help');

/** What route -A prints for the families without a table on the guest: [stderr, stdout] (recorded, status 1). */
const NO_TABLE: Record<string, [string, string]> = {
  ax25: ['/proc/net/ax25_route: No such file or directory\n', 'AX.25 not configured in this system.\n'],
  netrom: ['/proc/net/nr_nodes: No such file or directory\n/proc/net/nr_neigh: Invalid argument\n', 'NET/ROM not configured in this system.\n'],
  ipx: ['No such file or directory\n', 'IPX routing not in file /proc/net/ipx/route or /proc/net/ipx_route found.\n'],
  ddp: ['Error opening /proc/net/atalk_route: No such file or directory\nDDP (AppleTalk) not configured on this system.\n', ''],
  x25: ['', 'X.25 not configured in this system.\n'],
};

const INET_USAGE =
  'Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]\n' +
  '       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]\n' +
  '                              [netmask N] [mss Mss] [window W] [irtt I]\n' +
  '                              [mod] [dyn] [reinstate] [[dev] If]\n' +
  '       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject\n' +
  '       inet_route [-FC] flush      NOT supported\n';

function* route(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (o.has('version')) {
    const h = (yield { load: () => import('./help') }) as Help;
    ctx.err(h.version);
    return 0;
  }
  let family = 'inet';
  for (const x of o.list) {
    const af = x.key === 'protocol' ? String(x.value) : x.key === '6' ? 'inet6' : x.key === '4' ? 'inet' : x.key.startsWith('af-') ? x.key.slice(3) : undefined;
    if (af === undefined) continue;
    if (af === 'inet' || af === 'ip' || af === 'tcpip') family = 'inet';
    else if (af === 'inet6') family = 'inet6';
    else if (NO_TABLE[af === 'appletalk' ? 'ddp' : af]) {
      // the other routing families' rprint(): the guest's kernel has none of their /proc tables
      const [err, out] = NO_TABLE[af === 'appletalk' ? 'ddp' : af];
      ctx.err(err);
      ctx.out(out);
      return 1;
    } else if (['unix', 'rose', 'ash'].includes(af)) {
      ctx.err(`No routing for address family \`${af}'.\n`);
      return 3;
    } else {
      ctx.err(`Unknown address family \`${af}'.\n`);
      return 1;
    }
  }
  const e = o.list.filter((x) => x.key === 'extend').length;
  if (!ops.length) {
    ctx.out(family === 'inet6' ? routeTable6(ctx) : routeTable(ctx, Math.min(3, 1 + e) as 1 | 2 | 3, o.has('numeric')));
    return 0;
  }
  const verb = ops[0];
  if (!['add', 'del', 'delete', 'flush'].includes(verb)) {
    const h = (yield { load: () => import('./help') }) as Help;
    ctx.err(h.usage);
    return 3;
  }
  if (verb === 'flush') {
    ctx.err("Flushing `inet' routing table not supported\n" + INET_USAGE);
    return 3;
  }
  const rest = ops.slice(1);
  // inet_sr.c INET_setroute(): a target is required; -net/-host/default name it
  const target = rest.find((w) => !w.startsWith('-'));
  if (!target) {
    ctx.err(INET_USAGE);
    return 0;
  }
  if (ctx.frame.user !== 'root') {
    ctx.err(`${verb === 'add' ? 'SIOCADDRT' : 'SIOCDELRT'}: Operation not permitted\n`);
    return 7;
  }
  return 0;
}

def({ name: 'route', available: (h) => hasCommand(h, 'route'), summary: 'show / manipulate the IP routing table', spec, run: route });
