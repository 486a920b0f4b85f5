// `netstat` (loaded on first use): the host's connections and listeners (sockets.ts) in NETSTAT.EXE's columns,
// numeric with -n, with the owning PID with -o, filtered by -p, repeated every `interval` seconds until Ctrl+C.
// -b needs an elevated console, which the lab's is not. Its `/?` text is help.ts beside this file.
import { Interrupt, type CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { hostSockets, type Sock } from './sockets';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);

/** A column as NETSTAT.EXE pads it: at least two blanks after a long value. */
const col = (s: string, w: number) => (s.length <= w - 2 ? s.padEnd(w) : s + '  ');
const addr = (a: string, port: number | string) => (a.includes(':') ? `[${a}]:${port}` : `${a}:${port}`);

function row(s: Sock, numeric: boolean, pid: boolean, host: string): string {
  const any = s.v6 ? '::' : '0.0.0.0';
  const foreign = s.proto === 'UDP' ? '*:*' : s.remote ? addr(s.remote, s.rport!) : numeric ? addr(any, 0) : `${host}:0`;
  const line = '  ' + col(s.proto, 7) + col(addr(s.local, s.port), 23) + col(foreign, 23);
  return (pid ? line + col(s.state, 16) + s.pid : line + s.state) + '\n';
}

/** `netstat -e`: the layout of public Windows outputs (`%-20s %14lu %15lu`); the counts grow with the host's uptime. */
function ethernet(ctx: CommandContext): string {
  const up = Math.max(60, (ctx.world.now - (ctx.host.bootedAt ?? ctx.world.start)) / 1000);
  const rx = Math.round(up * 3_412);
  const tx = Math.round(up * 1_187);
  const row = (label: string, a: number, b?: number) => `${label.padEnd(20)} ${String(a).padStart(14)}${b === undefined ? '' : ' ' + String(b).padStart(15)}\n`;
  return (
    'Interface Statistics\n\n                           Received            Sent\n\n' +
    row('Bytes', rx, tx) +
    row('Unicast packets', Math.round(rx / 1_012), Math.round(tx / 486)) +
    row('Non-unicast packets', Math.round(up * 0.41), Math.round(up * 0.07)) +
    row('Discards', 0, 0) +
    row('Errors', 0, 0) +
    row('Unknown protocols', 0)
  );
}

export function* run(ctx: CommandContext): CommandRun {
  const f = new Set<string>();
  let proto: string | undefined;
  let interval = 0;
  const args = ctx.args;
  if (args.some((a) => a === '/?' || a === '-?')) {
    ctx.err((yield { load: help }) as string);
    return 0;
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^[-/]/.test(a) && /^[abefinoqrstxyp]+$/i.test(a.slice(1))) {
      for (const c of a.slice(1).toLowerCase()) f.add(c);
      if (/p/i.test(a.slice(1))) {
        proto = args[++i];
        if (proto === undefined) f.add('?');
      }
    } else if (/^\d+$/.test(a)) interval = Number(a);
    else f.add('?');
  }
  // what this simulator does not model (statistics, offload and NetworkDirect state, -y templates, -i times)
  // answers as an option netstat does not know: with its usage
  if (f.has('?') || ['s', 't', 'x', 'y', 'i'].some((c) => f.has(c)) || (proto && !/^(tcp|udp|tcpv6|udpv6)$/i.test(proto))) {
    ctx.err((yield { load: help }) as string);
    return 1;
  }
  if (f.has('r')) {
    // the same tables as `route print`
    const { routePrint } = (yield { load: () => import('../route/table') }) as typeof import('../route/table');
    for (;;) {
      ctx.out(routePrint(ctx));
      if (!interval) return 0;
      try {
        yield { wait: interval * 1000 };
      } catch (e) {
        if (e instanceof Interrupt) return 0;
        throw e;
      }
    }
  }
  if (f.has('e')) {
    // the counters of the LAN adapter since the host booted
    try {
      for (;;) {
        ctx.out(ethernet(ctx));
        if (!interval) return 0;
        yield { wait: interval * 1000 };
      }
    } catch (e) {
      if (e instanceof Interrupt) return 0;
      throw e;
    }
  }
  if (f.has('b')) {
    ctx.out('The requested operation requires elevation.\n');
    return 1;
  }
  const all = f.has('a') || f.has('q');
  const numeric = f.has('n');
  const pid = f.has('o');
  const want = (s: Sock) => !proto || proto.toUpperCase() === s.proto + (s.v6 ? 'V6' : '');
  try {
    for (;;) {
      const socks = hostSockets(ctx).filter((s) => (all || s.remote) && want(s));
      // without -n every foreign address is looked up first
      if (!numeric) yield { wait: 300 };
      ctx.out(
        '\nActive Connections\n\n  Proto  Local Address          Foreign Address        State' + (pid ? '           PID' : '') + '\n' +
          socks.map((s) => row(s, numeric, pid, ctx.host.hostname)).join(''),
      );
      if (!interval) return 0;
      yield { wait: interval * 1000 };
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    return 0;
  }
}

export { spec };
