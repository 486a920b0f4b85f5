// peekfd of psmisc 23.4 (src/peekfd.c; usage and version in help.ts): attaches to the process (ptrace) and prints
// the data of its read() and write() calls until Ctrl+C, which detaches and ends peekfd by SIGINT. Attaching is
// allowed as the kernel allows it on Rocky 9 (Yama's ptrace_scope 0): root to any process but kernel threads and
// itself, a user to their own processes; otherwise `Error attaching to pid N` and status 1. The model's processes
// make no system calls that peekfd could show, so nothing is printed while it waits (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { def } from '../../lib/guest';
import { processes } from '../../lib/procs';
import { getoptLong } from '../../util-linux/lib/getopt';
import { spec } from './spec';

const LONGS = ['eight-bit-clean', 'no-headers', 'follow', 'tgid', 'duplicates-removed', 'help', 'version'];
const SHORT_OF = ['8', 'n', 'c', 't', 'd', 'h', 'V'];

/** atoi(): leading blanks, a sign, digits; 0 when there are none. */
const atoi = (s: string) => {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number(BigInt.asIntN(32, BigInt(m[1]))) : 0;
};

function* texts(): Generator<Yield, typeof import('./help'), unknown> {
  return (yield { load: () => import('./help') }) as typeof import('./help');
}

function* peekfd(ctx: CommandContext): CommandRun {
  if (!ctx.args.length) {
    ctx.err((yield* texts()).usage);
    return 1;
  }
  const msgs: string[] = [];
  const { got, rest } = getoptLong(['peekfd', ...ctx.args], '8nctdhV', LONGS.map((name) => ({ name, hasArg: 0 as const })), false, (m) => msgs.push(m));
  let errors = 0;
  for (const g of got) {
    const c = g.kind === 'short' ? g.c : g.kind === 'long' ? SHORT_OF[g.index] : '?';
    if (g.kind === 'error') ctx.err(msgs[errors++] ?? '');
    if (c === 'V') {
      ctx.err((yield* texts()).version);
      return 1;
    }
    if (c === 'h' || c === '?') {
      ctx.err((yield* texts()).usage);
      return 1;
    }
  }
  if (!rest.length) {
    ctx.err((yield* texts()).usage);
    return 255;
  }
  const pid = atoi(rest[0]);
  // PTRACE_ATTACH: ESRCH for no such process, EPERM for kernel threads, peekfd itself and others' processes
  const procs = processes(ctx);
  const self = procs.find((p) => p.stat === 'R+');
  const p = procs.find((q) => q.pid === pid);
  const root = ctx.frame.user === 'root';
  if (!p || p.args.startsWith('[') || p === self || (!root && p.user !== ctx.frame.user)) {
    ctx.err(`Error attaching to pid ${pid}\n`);
    return 1;
  }
  // wait() for the traced process's system calls until SIGINT: detach() re-raises it with the default action
  for (;;) yield { wait: 60_000 };
}

def({ name: 'peekfd', summary: 'peek at file descriptors of running processes', spec, run: peekfd });
