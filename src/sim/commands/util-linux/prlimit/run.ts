// prlimit of util-linux 2.37.4 (sys-utils/prlimit.c): the resource limits of a process (-p, else its own, which
// are the shell's: the ulimit builtin's table) as a table (RESOURCE DESCRIPTION SOFT HARD UNITS, -o, --raw,
// --noheadings), only those named when some are; --RESOURCE=SOFT:HARD sets them (for -p's process, or for a
// command it runs). A user may not raise a hard limit (EPERM), nor touch another user's process.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { LIMITS, limitOf } from '../../../shell/builtins/ulimit/run';
import { attrs, findProc, mayChange, peek } from '../lib/sched';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

/** prlimit_desc[]: name, description, units, the ulimit letter of the same limit, the long option. */
const DESC: [string, string, string, string, string][] = [
  ['AS', 'address space limit', 'bytes', 'v', 'as'], ['CORE', 'max core file size', 'bytes', 'c', 'core'], ['CPU', 'CPU time', 'seconds', 't', 'cpu'],
  ['DATA', 'max data size', 'bytes', 'd', 'data'], ['FSIZE', 'max file size', 'bytes', 'f', 'fsize'], ['LOCKS', 'max number of file locks held', 'locks', 'x', 'locks'],
  ['MEMLOCK', 'max locked-in-memory address space', 'bytes', 'l', 'memlock'], ['MSGQUEUE', 'max bytes in POSIX mqueues', 'bytes', 'q', 'msgqueue'],
  ['NICE', 'max nice prio allowed to raise', '', 'e', 'nice'], ['NOFILE', 'max number of open files', 'files', 'n', 'nofile'], ['NPROC', 'max number of processes', 'processes', 'u', 'nproc'],
  ['RSS', 'max resident set size', 'bytes', 'm', 'rss'], ['RTPRIO', 'max real-time priority', '', 'r', 'rtprio'], ['RTTIME', 'timeout for real-time tasks', 'microsecs', 'R', 'rttime'],
  ['SIGPENDING', 'max number of pending signals', 'signals', 'i', 'sigpending'], ['STACK', 'max stack size', 'bytes', 's', 'stack'],
];
const COLS: Record<string, { right?: boolean }> = { RESOURCE: {}, DESCRIPTION: {}, SOFT: { right: true }, HARD: { right: true }, UNITS: {} };

function* prlimit(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`prlimit: ${m}\n`);
    return 1;
  };
  let pid = 0;
  let cols = ['RESOURCE', 'DESCRIPTION', 'SOFT', 'HARD', 'UNITS'];
  const asked: { i: number; value?: string }[] = [];
  for (const { key, value } of o.list) {
    const i = DESC.findIndex((d) => d[4] === key);
    if (i >= 0) asked.push({ i, value: value === true ? undefined : String(value).replace(/^=/, '') });
    else if (key === 'pid') {
      if (pid) return fail('option --pid may be specified only once');
      if (!/^[-+]?\d+$/.test(String(value))) return fail(`invalid PID argument: '${value}'`);
      pid = Number(value);
    } else if (key === 'output') {
      cols = String(value).split(',').map((c) => c.toUpperCase());
      const bad = cols.find((c) => !COLS[c]);
      if (bad) return fail(`unknown column: ${String(value).split(',')[cols.indexOf(bad)]}`);
    }
  }
  const ops = ctx.operands ?? [];
  if (ops.length && pid) return fail('options --pid and COMMAND are mutually exclusive');
  const proc = pid ? findProc(ctx, pid) : undefined;
  if (pid && !proc) return fail(`failed to get the ${DESC[asked[0]?.i ?? 0][0]} resource limit: No such process`);
  const current = (i: number): [number, number] => {
    const own = pid ? peek(ctx, pid).limits?.[DESC[i][0]] : undefined;
    if (own) return own;
    const l = LIMITS.find((x) => x.c === DESC[i][3]);
    if (DESC[i][0] === 'RSS' || DESC[i][0] === 'AS') return [Infinity, Infinity];
    return l ? limitOf(ctx, l) : [Infinity, Infinity];
  };
  // values: SOFT:HARD, SOFT:, :HARD, or one value for both; "unlimited" or -1 for none
  const parse = (s: string, i: number): [number | null, number | null] | null => {
    const num = (x: string) => (x === 'unlimited' || x === 'infinity' || x === '-1' ? Infinity : /^\d+$/.test(x) ? Number(x) : NaN);
    const parts = s.split(':');
    if (parts.length > 2) return null;
    const [a, b] = parts.length === 2 ? [parts[0] ? num(parts[0]) : null, parts[1] ? num(parts[1]) : null] : [num(parts[0]), num(parts[0])];
    if (Number.isNaN(a) || Number.isNaN(b)) return null;
    void i;
    return [a, b];
  };
  const sets = asked.filter((a) => a.value !== undefined);
  const own: Record<string, [number, number]> = {};
  for (const a of sets) {
    const v = parse(a.value!, a.i);
    if (!v) return fail(`failed to parse ${DESC[a.i][0]} limit`);
    const [cs, ch] = current(a.i);
    const soft = v[0] ?? cs;
    const hard = v[1] ?? ch;
    if (soft > hard) return fail(`the soft limit ${DESC[a.i][0]} cannot exceed the hard limit`);
    if ((proc && !mayChange(ctx, proc)) || (ctx.frame.user !== 'root' && hard > ch)) return fail(`failed to set the ${DESC[a.i][0]} resource limit: Operation not permitted`);
    if (pid) (attrs(ctx, pid).limits ??= {})[DESC[a.i][0]] = [soft, hard];
    else own[DESC[a.i][3]] = [soft, hard];
  }
  // the command inherits the limits prlimit set on itself
  if (ops.length) return yield* runCommand(ctx, 'prlimit', ops, { ...ctx.frame, rlimits: { ...ctx.frame.rlimits, ...own } });
  const shown = asked.length ? asked.filter((a) => a.value === undefined).map((a) => a.i) : DESC.map((_d, i) => i);
  if (sets.length && !shown.length) return 0;
  const fmt = (n: number) => (n === Infinity ? 'unlimited' : String(n));
  const rows = shown.map((i) => {
    const [s, h] = current(i);
    const v: Record<string, string> = { RESOURCE: DESC[i][0], DESCRIPTION: DESC[i][1], SOFT: fmt(s), HARD: fmt(h), UNITS: DESC[i][2] };
    return cols.map((c) => v[c]);
  });
  const all = o.has('noheadings') ? rows : [cols, ...rows];
  if (o.has('raw')) {
    // libsmartcols' raw output encodes blanks in a cell as \x20
    ctx.out(all.map((r) => r.map((c) => c.replace(/ /g, '\\x20')).join(' ') + '\n').join(''));
    return 0;
  }
  const w = cols.map((_c, k) => Math.max(...all.map((r) => r[k].length)));
  ctx.out(all.map((r) => r.map((v, k) => (COLS[cols[k]].right ? v.padStart(w[k]) : k === r.length - 1 ? v : v.padEnd(w[k]))).join(' ') + '\n').join(''));
  return 0;
}

def({ name: 'prlimit', summary: 'get and set process resource limits', available: linuxOnly, spec, run: prlimit });
