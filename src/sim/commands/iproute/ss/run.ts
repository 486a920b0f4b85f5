// ss of iproute2 6.2: the sockets of lib/sockets.ts in ss's columns; -t -u -l -a -n -p -4 -6 -H. Port names as
// /etc/services gives them unless -n; the owning processes (-p) only for root, as the kernel shows them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { sockets, type Sock } from '../../lib/sockets';
import { spec } from './spec';

/** /etc/services of Rocky 9 (setup) for the ports the guests use. */
const SERVICES: Record<string, Record<number, string>> = {
  tcp: { 22: 'ssh', 111: 'sunrpc', 2379: 'etcd-client', 2380: 'etcd-server', 6443: 'sun-sr-https' },
  udp: { 111: 'sunrpc', 323: 'rpki-rtr' },
};

function* ss(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
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
  const users = (s: Sock) => (procs && root ? ' users:(' + s.users.map(([n, p, f]) => `("${n}",pid=${p},fd=${f})`).join(',') + ')' : '');
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
