// netstat of net-tools 2.0: the guest's sockets (commands/lib/sockets.ts, as ss lists them) in tcp_do_one() /
// udp_do_one()'s columns, the routing table (-r, as route -e prints it), the interface table (-i) and -V. Names as
// netstat resolves them unless -n (lib.ts); -p names the owners for root, for a user only its own processes.
// The UNIX domain sockets and the SNMP counters of -s are not in the model (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/where';
import { sockets, type Sock } from '../../lib/sockets';
import { processes } from '../../lib/procs';
import { findUser } from '../../lib/accounts';
import { SERVICES } from '../../lib/services';
import { inetHost } from '../../lib/net';
import { interfaces } from '../lib';
import { longText, SHORT_HEADER, shortRow } from '../print';
import { routeTable } from '../route/table';
import { spec } from './spec';

type Help = typeof import('./help');

const AF_NAMES: Record<string, string> = { inet: 'inet', ip: 'inet', tcpip: 'inet', inet6: 'inet6', unix: 'unix', ax25: 'ax25', x25: 'x25', ipx: 'ipx', appletalk: 'ddp', ddp: 'ddp', netrom: 'netrom', rose: 'rose', bluetooth: 'bluetooth' };

function* netstat(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const count = (k: string) => o.list.filter((x) => x.key === k).length;
  if (o.has('version')) {
    const h = (yield { load: () => import('./help') }) as Help;
    ctx.out(h.version);
    return 0;
  }
  const afs: string[] = [];
  for (const x of o.list) {
    if (x.key.startsWith('af-')) afs.push(AF_NAMES[x.key.slice(3)]);
    if (x.key === '4') afs.push('inet');
    if (x.key === '6') afs.push('inet6');
    if (x.key === 'protocol')
      for (const a of String(x.value).split(',')) {
        if (!AF_NAMES[a]) {
          ctx.err(`Unknown address family \`${a}'.\n`);
          return 1;
        }
        afs.push(AF_NAMES[a]);
      }
  }
  const modes = ['interfaces', 'route', 'masquerade', 'statistics'].filter((k) => o.has(k)).length;
  if (modes > 1) {
    const h = (yield { load: () => import('./help') }) as Help;
    ctx.err(h.usage);
    return 3;
  }
  const numeric = o.has('numeric');
  const numHost = numeric || o.has('numeric-hosts');
  const numPort = numeric || o.has('numeric-ports');
  if (o.has('statistics')) {
    if (afs.length && afs[0] !== 'inet' && afs[0] !== 'inet6') {
      ctx.out(`netstat: No statistics support for specified address family: ${afs.join(',')}\n`);
      return 1;
    }
    ctx.err(`cannot open /proc/net/${afs[0] === 'inet6' ? 'snmp6' : 'snmp'}: No such file or directory\n`);
    return 0;
  }
  if (o.has('route')) {
    // netstat -r prints route -e's table; -e swaps to route's own layout, -ee gives both
    const e = count('extend');
    ctx.out(routeTable(ctx, e === 0 ? 2 : e === 1 ? 1 : 3, numHost));
    return 0;
  }
  if (o.has('interfaces')) {
    const list = interfaces(ctx);
    ctx.out('Kernel Interface table\n' + (count('extend') < 2 ? SHORT_HEADER + list.map(shortRow).join('') : list.map(longText).join('')));
    return 0;
  }
  if (o.has('masquerade')) {
    ctx.err('netstat: no support for `ip_masquerade\' on this system.\n');
    return 1;
  }
  // netstat.c: an address family without a protocol means all of them; a protocol without a family means both
  let tcp = o.has('tcp');
  let udp = o.has('udp');
  let raw = o.has('raw') || o.has('sctp') || o.has('udplite');
  let inet = afs.includes('inet');
  let inet6 = afs.includes('inet6');
  const unx = o.has('af-unix') || afs.includes('unix');
  if ((inet || inet6) && !(tcp || udp || raw)) tcp = udp = raw = true;
  if ((tcp || udp || raw || o.has('groups')) && !(inet || inet6)) inet = inet6 = true;
  const flagArg = tcp || udp || raw || unx;
  const all = o.has('all');
  const listening = o.has('listening');
  const prog = o.has('programs');
  const wide = o.has('wide');
  const root = ctx.frame.user === 'root';
  let out = '';
  if (!flagArg || tcp || udp || raw) {
    out += `Active Internet connections ${all ? '(servers and established)' : listening ? '(only servers)' : '(w/o servers)'}\n`;
    out += 'Proto Recv-Q Send-Q Local Address           Foreign Address         State      ' + (count('extend') > 1 ? ' User       Inode     ' : '') + (prog ? ' PID/Program name    ' : '') + '\n';
    const mine = new Set(processes(ctx).filter((p) => p.user === ctx.frame.user).map((p) => p.pid));
    const rows = sockets(ctx);
    // prg_cache_load(): a user reads the fds of its own processes only
    if (prog && !root) {
      if (rows.some((x) => x.users.some((u) => mine.has(u[1])))) ctx.err('(Not all processes could be identified, non-owned process info\n will not be shown, you would have to be root to see it all.)\n');
      else ctx.err(`(No info could be read for "-p": geteuid()=${findUser(ctx.host, ctx.frame.user)?.uid ?? 0} but you should be root.)\n`);
    }
    const six = (s: Sock) => s.local.startsWith('[') || s.local === '*';
    const pick = (proto: 'tcp' | 'udp', ipv6: boolean) =>
      rows.filter((s) => {
        if (s.proto !== proto || six(s) !== ipv6) return false;
        const server = s.state === 'LISTEN' || s.state === 'UNCONN';
        return all || (listening ? server : !server);
      });
    const addr = (host: string, port: string | number, proto: string, ipv6: boolean) => {
      const h = ipv6 ? (host === '*' || host === '[::]' ? (numHost ? '::' : '[::]') : host.replace(/^\[|\]$/g, '')) : inetHost(ctx, host, numHost);
      const p = port === '*' || port === 0 ? '*' : numPort ? String(port) : (SERVICES[proto][Number(port)] ?? String(port));
      let text = `${h}:${p}`;
      if (!wide && text.length > 22 + 1 && h.length + p.length > 22) {
        const pl = Math.min(p.length, 22 - 4);
        text = `${h.slice(0, 22 - pl)}:${p.slice(0, pl)}`;
      }
      return text;
    };
    const owner = (s: Sock) => {
      const u = s.users[0];
      if (!u || (!root && !mine.has(u[1]))) return '-';
      return `${u[1]}/${u[0]}`.slice(0, 19);
    };
    const line = (s: Sock, proto: string, ipv6: boolean) => {
      const local = addr(s.local, s.port, s.proto, ipv6);
      const peer = addr(s.peer, s.peerPort, s.proto, ipv6);
      const state = s.proto === 'udp' ? (s.state === 'ESTAB' ? 'ESTABLISHED' : '') : s.state === 'ESTAB' ? 'ESTABLISHED' : 'LISTEN';
      const head = s.proto === 'tcp' ? `${proto.padEnd(4)}  ` : `${proto.padEnd(5)} `;
      const rq = s.state === 'LISTEN' ? 0 : s.recvQ;
      const sq = s.state === 'LISTEN' ? 0 : s.sendQ;
      return `${head}${String(rq).padStart(6)} ${String(sq).padStart(6)} ${local.padEnd(23)} ${peer.padEnd(23)} ${state.padEnd(11)}` + (prog ? ` ${owner(s).padEnd(20)}` : '') + '\n';
    };
    for (const [proto, want] of [['tcp', tcp], ['udp', udp]] as const) {
      if (flagArg && !want) continue;
      if (!flagArg || inet) for (const s of pick(proto, false)) out += line(s, proto, false);
      if (!flagArg || inet6) for (const s of pick(proto, true)) out += line(s, `${proto}6`, true);
    }
  }
  if (!flagArg || unx) {
    out += `Active UNIX domain sockets ${all ? '(servers and established)' : listening ? '(only servers)' : '(w/o servers)'}\n`;
    out += 'Proto RefCnt Flags       Type       State         I-Node  ' + (prog ? ' PID/Program name    ' : '') + ' Path\n';
  }
  ctx.out(out);
  return 0;
}

def({ name: 'netstat', available: (h) => hasCommand(h, 'netstat'), summary: 'Print network connections, routing tables, interface statistics, masquerade connections, and multicast memberships', spec, run: netstat });
