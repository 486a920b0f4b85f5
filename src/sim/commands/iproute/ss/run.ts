// ss of iproute2 6.2: the sockets of lib/sockets.ts in ss's columns; -t -u -l -a -n -p -4 -6 -H. Port names as
// /etc/services gives them unless -n; the owning processes (-p) only for root, as the kernel shows them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { sockets, type Sock } from '../../lib/sockets';
import { processes } from '../../lib/procs';
import { summaryText, type SockStat } from './summary';
import { spec } from './spec';
import { SERVICES } from '../../lib/services';

/**
 * The host's sockstat, counted from its sockets: TCP and UDP in use per family ('*' and [..] are IPv6 sockets),
 * every TCP socket hashed (none closed), no raw sockets, fragments, orphans or time-wait. "sockets: used" also
 * counts the Unix sockets, which the model does not list: a deterministic estimate of four per user-space
 * process plus a few from the seed (iproute/DIFFERENCES.md).
 */
function sockstat(ctx: CommandContext, list: Sock[]): SockStat {
  const six = (x: Sock) => x.local.startsWith('[') || x.local === '*';
  const n = (proto: string, v6: boolean) => list.filter((x) => x.proto === proto && six(x) === v6).length;
  const [tcp4, tcp6, udp4, udp6] = [n('tcp', false), n('tcp', true), n('udp', false), n('udp', true)];
  const user = processes(ctx).filter((p) => !p.args.startsWith('[')).length;
  return {
    socks: tcp4 + tcp6 + udp4 + udp6 + user * 4 + ((ctx.world.seed * 31) % 9),
    tcp4, tcp6, udp4, udp6, tcpAlloc: tcp4 + tcp6, orphans: 0, tws: 0,
    estab: list.filter((x) => x.proto === 'tcp' && x.state === 'ESTAB').length,
    raw4: 0, raw6: 0, frag4: 0, frag6: 0,
  };
}

function* ss(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if (o.has('summary')) {
    ctx.out(summaryText(sockstat(ctx, sockets(ctx))));
    // ss.c: the summary alone unless a socket kind or a filter was asked for
    const kinds = ['tcp', 'udp', 'raw', 'unix', 'packet', 'mptcp', 'sctp', 'dccp', 'tipc', 'vsock', 'xdp', 'family', 'query', 'ipv4', 'ipv6'];
    if (!kinds.some((k) => o.has(k)) && !(ctx.operands ?? []).length) return 0;
  }
  const tcp = o.has('tcp');
  const udp = o.has('udp');
  const listening = o.has('listening');
  const all = o.has('all');
  const numeric = o.has('numeric');
  const procs = o.has('processes');
  const v4 = o.has('ipv4');
  const v6 = o.has('ipv6');
  const root = ctx.frame.user === 'root';
  let list = sockets(ctx).filter((s: Sock) => {
    if ((tcp || udp) && !((tcp && s.proto === 'tcp') || (udp && s.proto === 'udp'))) return false;
    if (!tcp && !udp && s.proto === 'udp' && !all && !listening) return false;
    const isListen = s.state === 'LISTEN' || s.state === 'UNCONN';
    if (listening && !isListen) return false;
    if (!listening && !all && isListen) return false;
    const six = s.local.startsWith('[');
    if (v4 && six) return false;
    if (v6 && !six && s.local !== '*') return false;
    return true;
  });
  if (listening) list = [...list.filter((s) => s.proto === 'udp'), ...list.filter((s) => s.proto === 'tcp')];
  const netid = (!tcp || udp) && (!udp || tcp) && !(tcp && !udp) && !(udp && !tcp);
  const port = (s: Sock) => (numeric ? String(s.port) : (SERVICES[s.proto][s.port] ?? String(s.port)));
  const users = (s: Sock) => (procs && (root || s.owner === ctx.frame.user) ? ' users:(' + s.users.map(([n, p, f]) => `("${n}",pid=${p},fd=${f})`).join(',') + ')' : '');
  const rows = list.map((s) => ({ s, lp: port(s), u: users(s) }));
  const wL = Math.max(13, ...rows.map((r) => r.s.local.length));
  const wLP = Math.max(4, ...rows.map((r) => r.lp.length));
  const wP = Math.max(12, ...rows.map((r) => r.s.peer.length));
  const wPP = Math.max(4, ...rows.map((r) => r.s.peerPort.length));
  const wU = Math.max(7, ...rows.map((r) => r.u.length));
  const wS = Math.max(5, ...rows.map((r) => r.s.state.length));
  let out = '';
  if (!o.has('no-header'))
    out += (netid ? 'Netid ' : '') + `${'State'.padEnd(wS)} Recv-Q Send-Q ${'Local Address'.padStart(wL)}:${'Port'.padEnd(wLP)} ${'Peer Address'.padStart(wP)}:${'Port'.padEnd(wPP)}${'Process'.padEnd(wU)}\n`;
  for (const { s, lp, u } of rows)
    out += (netid ? s.proto.padEnd(5) + ' ' : '') + `${s.state.padEnd(wS)} ${String(s.recvQ).padEnd(6)} ${String(s.sendQ).padEnd(6)} ${s.local.padStart(wL)}:${lp.padEnd(wLP)} ${s.peer.padStart(wP)}:${s.peerPort.padEnd(wPP)}${u.padEnd(wU)}\n`;
  ctx.out(out);
  return 0;
}

def({ name: 'ss', summary: 'another utility to investigate sockets', spec, run: ss });
