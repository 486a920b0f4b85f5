// pgrep and pkill of procps-ng 3.3.17 (pgrep.c; options and help in spec.ts): the processes ps lists, chosen by
// the pattern (an extended regular expression over the 15-character name, or with -f the whole command line) and
// the criteria -u/-U/-G/-P/-t/-s/-g/-r/-n/-o/-O/-x/-i/-v, never pgrep itself. pgrep prints their PIDs (-l with the
// name, -a with the command line, -d between them, -c the count); pkill signals them, the signal given as -SIG,
// -NUMBER or --signal as signal_option() takes it out of argv before getopt_long. What a signal does here: a
// background job of the shell ends, stops or continues as with kill; the main process of a systemd unit ends and
// the unit goes inactive (TERM, INT, QUIT, KILL and the other ending signals); other processes are left running.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { CommandSpec } from '../../../spec/types';
import { loadSpecEngine } from '../../../spec/run';
import { def } from '../../lib/guest';
import { processes, SYSTEM_UIDS, type Proc } from '../../lib/procs';
import { deliver, leaders } from '../../lib/signal';
import { spec as pgrepSpec } from './spec';
import { spec as pkillSpec } from '../pkill/spec';

const USAGE = 2;

/** Linux's signals 1-31 by number (proc/sig.c sigtable). */
const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS'];

/** proc/sig.c signal_name_to_number: a name with or without SIG, in any case, or a number; -1 when neither. */
export function signalNumber(name: string): number {
  let n = name.replace(/^sig/i, '').toUpperCase();
  if (n === 'CLD') return 17;
  if (n === 'IO' || n === 'POLL') return 29;
  if (n === 'IOT') return 6;
  const i = SIGNALS.indexOf(n);
  if (i >= 0) return i + 1;
  if (n === 'RTMIN') return 34;
  if (n === 'EXIT' || n === 'NULL') return 0;
  let offset = 0;
  if (n.startsWith('RTMIN+')) {
    n = n.slice(6);
    offset = 34;
  }
  if (!/^[+-]?\d+$/.test(n)) return -1;
  const v = Number(n);
  if (v < 0 || v + 34 > 127) return -1;
  return v + offset;
}

interface Criteria {
  list: { key: string; what: string; conv: 'uid' | 'gid' | 'num' | 'str' | 'pgrp' | 'sid' }[];
}

const CRITERIA: Criteria['list'] = [
  { key: 'pgroup', what: 'process group', conv: 'pgrp' },
  { key: 'group', what: 'group name', conv: 'gid' },
  { key: 'parent', what: 'number', conv: 'num' },
  { key: 'session', what: 'session id', conv: 'sid' },
  { key: 'terminal', what: '', conv: 'str' },
  { key: 'euid', what: 'user name', conv: 'uid' },
  { key: 'uid', what: 'user name', conv: 'uid' },
];

function* body(ctx: CommandContext, mode: 'pgrep' | 'pkill', signal: number): CommandRun {
  const o = ctx.opts!;
  const name = mode;
  const fail = (msg: string, status = USAGE) => {
    ctx.err(`${name}: ${msg}\n`);
    return status;
  };
  if (o.has('?')) {
    ctx.err((yield { load: () => import(mode === 'pgrep' ? './help' : '../pkill/help').then((m) => m.help) }) as string);
    return USAGE;
  }
  if ([o.has('newest'), o.has('oldest'), o.has('inverse')].filter(Boolean).length > 1 || (o.count('ignore-case') > 1)) {
    ctx.err((yield { load: () => import(mode === 'pgrep' ? './help' : '../pkill/help').then((m) => m.help) }) as string);
    return USAGE;
  }
  const procs = processes(ctx);
  const self = procs.find((p) => p.tty === 'pts/0' && p.stat === 'R+');
  const group = leaders(procs);
  const users = ctx.host.users;
  // the lists of -u/-U/-G/-P/-s/-g/-t, converted as split_list() does (slot by slot, the first bad one ends it)
  const lists = new Map<string, string[]>();
  let criteria = 0;
  for (const c of CRITERIA) {
    const v = o.str(c.key);
    if (v === undefined) continue;
    if (v === '') {
      ctx.err((yield { load: () => import(mode === 'pgrep' ? './help' : '../pkill/help').then((m) => m.help) }) as string);
      return USAGE;
    }
    const out: string[] = [];
    for (const item of v.split(',')) {
      const num = /^[+-]?\d+$/.test(item) && item !== '' ? String(Number(item)) : null;
      if (c.conv === 'uid') {
        if (num !== null) out.push(num);
        else if (users.has(item)) out.push(String(users.get(item)!.uid));
        else if (item in SYSTEM_UIDS) out.push(String(SYSTEM_UIDS[item]));
        else return fail(`invalid user name: ${item}`);
      } else if (c.conv === 'gid') {
        const g = [...users.values()].find((u) => u.name === item);
        if (num !== null) out.push(num);
        else if (g) out.push(String(g.gid));
        else return fail(`invalid group name: ${item}`);
      } else if (c.conv === 'str') out.push(item);
      else {
        if (num === null) return fail(`${c.conv === 'num' ? 'not a number' : `invalid ${c.what}`}: ${item}`);
        out.push(num === '0' && (c.conv === 'pgrp' || c.conv === 'sid') ? String(c.conv === 'pgrp' ? (self?.pid ?? 0) : group.get(self?.ppid ?? 0) ?? 0) : num);
      }
    }
    lists.set(c.key, out);
    criteria++;
  }
  if (o.has('newest') || o.has('oldest') || o.has('runstates') || o.has('pidfile') || o.has('ns')) criteria++;
  if (o.has('logpidfile') && !o.has('pidfile')) return fail(`-L without -F makes no sense\nTry \`${name} --help' for more information.`);
  let pids: Set<number> | null = null;
  if (o.has('pidfile')) {
    const r = ctx.host.fs.readFile(ctx.resolve(o.str('pidfile')!));
    const m = r.ok ? /^\s*(\d+)/.exec(r.text) : null;
    if (!m || Number(m[1]) < 1) return fail(`pidfile not valid\nTry \`${name} --help' for more information.`, 1);
    pids = new Set([Number(m[1])]);
  }
  const operands = ctx.operands ?? [];
  if (operands.length > 1) return fail(`only one pattern can be provided\nTry \`${name} --help' for more information.`);
  if (!operands.length && !criteria) return fail(`no matching criteria specified\nTry \`${name} --help' for more information.`);
  const pattern = operands[0];
  let re: RegExp | null = null;
  if (pattern !== undefined) {
    try {
      re = new RegExp(o.has('exact') ? `^(${pattern})$` : pattern, o.has('ignore-case') ? 'i' : '');
    } catch {
      ctx.err(/\(/.test(pattern) ? 'Unmatched ( or \\(' : /\[/.test(pattern) ? 'Unmatched [, [^, [:, [., or [=' : 'Invalid preceding regular expression');
      return USAGE;
    }
  }
  const full = o.has('full');
  const older = o.has('older') ? parseInt(o.str('older')!, 10) || 0 : 0;
  const states = o.str('runstates');
  const inList = (key: string, v: number | string) => !lists.has(key) || lists.get(key)!.includes(String(v));
  let chosen: Proc[] = [];
  for (const p of procs) {
    if (p === self) continue;
    const gid = users.get(p.user)?.gid ?? p.uid;
    let match =
      inList('parent', p.ppid) && inList('pgroup', group.get(p.pid) ?? 0) && inList('euid', p.uid) && inList('uid', p.uid) && inList('group', gid) && inList('session', group.get(p.pid) ?? 0) && (!pids || pids.has(p.pid));
    if (match && lists.has('terminal')) match = p.tty !== '?' && lists.get('terminal')!.includes(p.tty);
    if (match && older) match = (ctx.world.now - p.start) / 1000 >= older;
    if (match && states) match = states.includes(p.stat[0]);
    // kernel threads have no command line: -f and -a see their name
    const line = full && !p.args.startsWith('[') ? p.args : p.comm;
    if (match && re) match = re.test(line);
    if (match !== o.has('inverse')) chosen.push(p);
  }
  if (o.has('newest') && chosen.length) chosen = [chosen.reduce((a, b) => (b.start >= a.start ? b : a))];
  if (o.has('oldest') && chosen.length) chosen = [chosen.reduce((a, b) => (b.start < a.start ? b : a))];
  const shown = (p: Proc) => (o.has('list-full') && !p.args.startsWith('[') ? p.args : p.comm);
  if (mode === 'pgrep') {
    if (o.has('count')) ctx.out(`${chosen.length}\n`);
    else if (chosen.length) {
      const delim = o.str('delimiter') ?? '\n';
      const long = o.has('list-name') || o.has('list-full');
      ctx.out(chosen.map((p) => (long ? `${p.pid} ${shown(p)}` : String(p.pid))).join(delim) + '\n');
    }
    return chosen.length ? 0 : 1;
  }
  // --signal: a name, else a number as atoi() reads it (an unknown name is -1, which kill() refuses)
  const named = o.str('signal');
  if (named !== undefined) {
    signal = signalNumber(named);
    if (signal === -1 && /^\d/.test(named)) signal = parseInt(named, 10);
  }
  let killed = 0;
  const me = ctx.frame.user;
  for (const p of chosen) {
    if (signal < 0 || signal > 64) {
      ctx.err(`pkill: killing pid ${p.pid} failed: Invalid argument\n`);
      continue;
    }
    if (me !== 'root' && p.user !== me) {
      ctx.err(`pkill: killing pid ${p.pid} failed: Operation not permitted\n`);
      continue;
    }
    if (o.has('echo')) ctx.out(`${p.comm} killed (pid ${p.pid})\n`);
    killed++;
    deliver(ctx, p, signal);
  }
  if (o.has('count')) ctx.out(`${chosen.length}\n`);
  return killed ? 0 : 1;
}

function* withSpec(ctx: CommandContext, spec: CommandSpec, signal: number): CommandRun {
  const engine = (yield { load: loadSpecEngine }) as Awaited<ReturnType<typeof loadSpecEngine>>;
  return yield* engine.dispatch(spec, ctx, (c) => body(c, 'pkill', signal));
}

def({
  name: 'pgrep',
  summary: 'look up processes based on name and other attributes',
  spec: pgrepSpec,
  *run(ctx) {
    return yield* body(ctx, 'pgrep', 0);
  },
});

def({
  name: 'pkill',
  summary: 'signal processes based on name and other attributes',
  spec: { ...pkillSpec, rawArgs: true },
  *run(ctx) {
    // signal_option(): the first word `-X` whose X is a signal leaves argv before getopt_long reads it
    const args = [...ctx.args];
    let signal = 15;
    const at = args.findIndex((a) => a.startsWith('-') && signalNumber(a.slice(1)) > -1);
    if (at >= 0) signal = signalNumber(args.splice(at, 1)[0].slice(1));
    return yield* withSpec({ ...ctx, args }, pkillSpec, signal);
  },
});

