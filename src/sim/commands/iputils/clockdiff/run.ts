// clockdiff of iputils 20210202 (clockdiff.c; usage in help.ts). The raw ICMP socket is opened before anything drops
// or raises a capability, and Rocky's clockdiff carries cap_net_raw only as permitted, so a user gets
// `socket: Operation not permitted`; root goes on (nice(-16) too). ICMP timestamp requests are answered by the
// kernels of the running lab machines and by this machine's own addresses, whose clocks are the world's: 50
// replies within a millisecond, so rtt decays from 1000 ms as measure_inner_loop() averages it, and the deltas are 0.
// VirtualBox's NAT answers no timestamp request, nor does a machine that is down: after 11 unanswered requests a
// second apart, `<host> is down`. On a terminal a dot per reply and the host= line (no newline after a ctime
// date); otherwise `time delta delta1`.
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { def } from '../../lib/guest';
import { resolveHost } from '../../lib/net';
import { localTm } from '../../lib/clock';
import { getoptLong } from '../../util-linux/lib/getopt';
import { two } from '../../../util';
import { spec } from './spec';

const MSGS = 50;
const TRIALS = 10;

function* texts(): Generator<Yield, typeof import('./help'), unknown> {
  return (yield { load: () => import('./help') }) as typeof import('./help');
}

/** getaddrinfo()'s ai_canonname: a dotted quad as given, an /etc/hosts name as the line's first name. */
function canonName(ctx: CommandContext, target: string, addr: string): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) return target;
  const hosts = ctx.host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && hosts !== 'ENOENT' && hosts !== 'EISDIR')
    for (const l of hosts.split('\n')) {
      const [a, ...names] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (names.includes(target)) return a === addr ? names[0] : target;
    }
  return target;
}

/** Whether a kernel answers ICMP timestamp requests at this address: this machine's, or a running lab machine's. */
function answers(ctx: CommandContext, addr: string): boolean {
  if (addr.startsWith('127.') || ctx.host.ifaces.some((i) => i.addr === addr)) return true;
  for (const h of ctx.world.hosts.values()) if (h !== ctx.host && h.up && h.kind === 'linux' && h.ifaces.some((i) => i.addr === addr && i.name !== 'eth0' && i.name !== 'lo')) return true;
  return false;
}

function* clockdiff(ctx: CommandContext): CommandRun {
  const msgs: string[] = [];
  const longs = [{ name: 'time-format', hasArg: 1 as const }, { name: 'version', hasArg: 0 as const }, { name: 'help', hasArg: 0 as const }];
  const { got, rest } = getoptLong(['clockdiff', ...ctx.args], 'o1T:IVh', longs, false, (m) => msgs.push(m));
  let iso = false;
  let errors = 0;
  for (const g of got) {
    const c = g.kind === 'short' ? g.c : g.kind === 'long' ? ['T', 'V', 'h'][g.index] : '?';
    const arg = g.kind === 'short' || g.kind === 'long' ? g.arg : undefined;
    if (c === 'T') {
      if (arg === 'iso') iso = true;
      else if (arg === 'ctime') iso = false;
      else return (ctx.err(`clockdiff: invalid time-format argument: ${arg}\n`), 1);
    } else if (c === 'I') iso = true;
    else if (c === 'V') return (ctx.out('clockdiff from iputils 20210202\n'), 0);
    else if (c === 'h') return (ctx.err((yield* texts()).help), 0);
    else if (c === '?') {
      ctx.err(msgs[errors++] ?? '');
      ctx.out("Try 'clockdiff --help' for more information.\n");
      return 1;
    }
  }
  if (rest.length !== 1) return (ctx.err((yield* texts()).help), 1);
  if (ctx.frame.user !== 'root') return (ctx.err('clockdiff: socket: Operation not permitted\n'), 1);
  const target = rest[0];
  const r = resolveHost(ctx, target);
  if (!r) return (ctx.err(`clockdiff: ${target}: Name or service not known\n`), 1);
  const name = canonName(ctx, target, r.addr);
  const interactive = ctx.tty && ctx.stdin === null;
  if (!answers(ctx, r.addr)) {
    // TRIALS + 1 requests, each waiting rtt + rtt_sigma (1000 ms) for its reply
    yield { wait: (TRIALS + 1) * 1000 };
    ctx.err(`clockdiff: ${name} is down\n`);
    return 1;
  }
  // measure(): each reply within the same millisecond (diff 0) averages the rtt and its deviation down
  let rtt = 1000;
  let sigma = 0;
  for (let n = 0; n < MSGS; n++) {
    rtt = Math.trunc((rtt * 3 + 0) / 4);
    sigma = Math.trunc((sigma * 3 + Math.abs(0 - rtt)) / 4);
  }
  yield { wait: MSGS };
  if (!interactive) {
    ctx.out(`${Math.floor(ctx.world.now / 1000)} 0 0\n`);
    return 0;
  }
  const t = localTm(ctx.host, ctx.world.now, ctx.frame.env);
  const when = iso
    ? `${t.y}-${two(t.mo + 1)}-${two(t.d)}T${two(t.h)}:${two(t.mi)}:${two(t.s)}${t.numeric}\n`
    : `${t.dayName} ${t.monName} ${String(t.d).padStart(2)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} ${t.y}`;
  ctx.out('.'.repeat(MSGS) + `\nhost=${name} rtt=${rtt}(${sigma})ms/0ms delta=0ms/0ms ${when}`);
  return 0;
}

def({ name: 'clockdiff', summary: 'measure clock difference between hosts', spec, run: clockdiff });
