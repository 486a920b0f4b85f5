// ulimit: the resource limits of a Rocky 9 Vagrant guest's login shell, as ulimit.def reads and sets them.
// Where a limit comes from (kernel 5.14 defaults, systemd 252's DefaultLimit*, pam_limits with
// /etc/security/limits.d/20-nproc.conf) is in the table; pending signals and the hard process limit are the
// kernel's max_threads / 2, max_threads being MemTotal / (8 * THREAD_SIZE) (kernel/fork.c set_max_threads).
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec } from './spec';
import { internalGetopt } from '../lib/getopt';

const INF = Infinity;
export type Limit = { c: string; desc: string; units?: string; factor: number; get: (mem: number, root: boolean) => [number, number] };

/** ulimit.def's limits[] as Linux builds it (no -P, -T, -b, -k, -w), in that order. */
export const LIMITS: Limit[] = [
  { c: 'R', desc: 'real-time non-blocking time', units: 'microseconds', factor: 1, get: () => [INF, INF] },
  // systemd's DefaultLimitCORE=0:infinity
  { c: 'c', desc: 'core file size', units: 'blocks', factor: 1024, get: () => [0, INF] },
  { c: 'd', desc: 'data seg size', units: 'kbytes', factor: 1024, get: () => [INF, INF] },
  { c: 'e', desc: 'scheduling priority', factor: 1, get: () => [0, 0] },
  { c: 'f', desc: 'file size', units: 'blocks', factor: 1024, get: () => [INF, INF] },
  { c: 'i', desc: 'pending signals', factor: 1, get: (mem) => [nproc(mem), nproc(mem)] },
  // systemd's DefaultLimitMEMLOCK=8M
  { c: 'l', desc: 'max locked memory', units: 'kbytes', factor: 1024, get: () => [8 << 20, 8 << 20] },
  { c: 'm', desc: 'max memory size', units: 'kbytes', factor: 1024, get: () => [INF, INF] },
  // systemd's DefaultLimitNOFILE=1024:524288
  { c: 'n', desc: 'open files', factor: 1, get: () => [1024, 524288] },
  // PIPE_BUF, not a limit of its own (it cannot be set)
  { c: 'p', desc: 'pipe size', units: '512 bytes', factor: 512, get: () => [4096, 4096] },
  // MQ_BYTES_MAX
  { c: 'q', desc: 'POSIX message queues', units: 'bytes', factor: 1, get: () => [819200, 819200] },
  { c: 'r', desc: 'real-time priority', factor: 1, get: () => [0, 0] },
  { c: 's', desc: 'stack size', units: 'kbytes', factor: 1024, get: () => [8 << 20, INF] },
  { c: 't', desc: 'cpu time', units: 'seconds', factor: 1, get: () => [INF, INF] },
  // 20-nproc.conf: `*  soft  nproc  4096`; root's `unlimited` is cut to the hard limit
  { c: 'u', desc: 'max user processes', factor: 1, get: (mem, root) => [root ? nproc(mem) : Math.min(4096, nproc(mem)), nproc(mem)] },
  { c: 'v', desc: 'virtual memory', units: 'kbytes', factor: 1024, get: () => [INF, INF] },
  { c: 'x', desc: 'file locks', factor: 1, get: () => [INF, INF] },
];

const nproc = (memKb: number) => Math.floor(Math.floor(memKb / 128) / 2);
/** fs.nr_open: no open-files limit above it, even for root */
const NR_OPEN = 1048576;
const SOFT = 2;
const HARD = 1;

export function limitOf(ctx: CommandContext, l: Limit): [number, number] {
  return ctx.frame.rlimits?.[l.c] ?? l.get(ctx.host.sys?.memTotalKb ?? 1_790_000, ctx.frame.user === 'root');
}

function line(l: Limit, v: number, desc: boolean): string {
  const head = desc ? `${l.desc.padEnd(20)} ${(l.units ? `(${l.units}, -${l.c}) ` : `(-${l.c}) `).padStart(20)}` : '';
  return head + (v === INF ? 'unlimited' : String(Math.floor(v / l.factor))) + '\n';
}

function setLimit(ctx: CommandContext, frame: Frame, l: Limit, arg: string, mode: number): string | null {
  const [soft, hard] = limitOf(ctx, l);
  let v: number;
  if (arg === 'hard') v = hard;
  else if (arg === 'soft') v = soft;
  else if (arg === 'unlimited') v = INF;
  else if (/^\d+$/.test(arg)) {
    const n = BigInt(arg) * BigInt(l.factor);
    if (n >= 2n ** 64n || BigInt(arg) >= 2n ** 64n) return `${arg}: limit out of range`;
    v = Number(n);
  } else return `${arg}: invalid number`;
  if (l.c === 'p') return `${l.desc}: cannot modify limit: Invalid argument`;
  const next: [number, number] = [mode & SOFT ? v : soft, mode & HARD ? v : hard];
  if (next[0] > next[1]) return `${l.desc}: cannot modify limit: Invalid argument`;
  if ((next[1] > hard && frame.user !== 'root') || (l.c === 'n' && next[1] > NR_OPEN)) return `${l.desc}: cannot modify limit: Operation not permitted`;
  frame.rlimits = { ...frame.rlimits, [l.c]: next };
  return null;
}

export function* run(ctx: CommandContext): CommandRun {
  const usage = `ulimit: usage: ${spec.synopsis}\n`;
  const opts = 'aSH' + LIMITS.map((l) => l.c + ';').join('');
  const g = internalGetopt(ctx.args, opts);
  if (g.error) {
    ctx.err(`-bash: ulimit: ${g.error}\n${usage}`);
    return 2;
  }
  let mode = 0;
  let all = false;
  const cmds: { c: string; arg?: string }[] = [];
  for (const o of g.got) {
    if (o.c === 'a') all = true;
    else if (o.c === 'S') mode |= SOFT;
    else if (o.c === 'H') mode |= HARD;
    else cmds.push({ c: o.c, arg: o.arg });
  }
  const rest = [...g.rest];
  if (all) {
    for (const l of LIMITS) ctx.out(line(l, limitOf(ctx, l)[mode & SOFT || !mode ? 0 : 1], true));
    return 0;
  }
  // `ulimit` alone is `ulimit -f`
  if (!cmds.length) cmds.push({ c: 'f', arg: rest.shift() });
  for (const cmd of cmds) {
    const l = LIMITS.find((x) => x.c === cmd.c)!;
    if (cmd.arg === undefined) {
      const m = mode || SOFT;
      ctx.out(line(l, limitOf(ctx, l)[m & SOFT ? 0 : 1], cmds.length > 1));
      continue;
    }
    const e = setLimit(ctx, ctx.frame, l, cmd.arg, mode || SOFT | HARD);
    if (e) {
      ctx.err(`-bash: ulimit: ${e}\n`);
      return 1;
    }
  }
  return 0;
}
