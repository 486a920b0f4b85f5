// ionice of util-linux 2.37.4 (schedutils/ionice.c): without a class, the I/O class of processes (-p, -P, -u;
// none: the caller); with -c (and -n) it sets it, or runs a command with it. A process no one set is in class
// none with the priority the 5.14 kernel's get_task_ioprio() gives a task without an I/O context (IOPRIO_NORM, 4).
// The realtime class needs CAP_SYS_ADMIN (EPERM for a user), as does changing another user's process.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { processes } from '../../lib/procs';
import { attrs, findProc, mayChange, peek } from '../lib/sched';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

const CLASSES = ['none', 'realtime', 'best-effort', 'idle'];

function* ionice(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`ionice: ${m}\n`);
    return 1;
  };
  let data = 4;
  let ioclass = 2;
  let set = 0;
  let who: 'pid' | 'pgid' | 'uid' | null = null;
  let which = 0;
  const tolerant = o.has('ignore');
  const msgs: Record<string, string> = { pid: 'invalid PID argument', pgid: 'invalid PGID argument', uid: 'invalid UID argument' };
  for (const { key, value } of o.list) {
    const v = String(value);
    if (key === 'classdata') {
      if (!/^[-+]?\d+$/.test(v)) return fail(`invalid class data argument: '${v}'`);
      data = Number(v);
      set |= 1;
    } else if (key === 'class') {
      if (/^\d/.test(v)) {
        if (!/^\d+$/.test(v)) return fail(`invalid class argument: '${v}'`);
        ioclass = Number(v);
      } else {
        ioclass = CLASSES.findIndex((c) => c === v.toLowerCase());
        if (ioclass < 0) return fail(`unknown scheduling class: '${v}'`);
      }
      set |= 2;
    } else if (key === 'pid' || key === 'pgid' || key === 'uid') {
      if (who) return fail('can handle only one of pid, pgid or uid at once');
      if (!/^[-+]?\d+$/.test(v)) return fail(`${msgs[key]}: '${v}'`);
      which = Number(v);
      who = key;
    }
  }
  if (ioclass === 0) {
    if (set & 1 && !tolerant) ctx.err('ionice: ignoring given class data for none class\n');
    data = 0;
  } else if (ioclass === 3) {
    if (set & 1 && !tolerant) ctx.err('ionice: ignoring given class data for idle class\n');
    data = 7;
  } else if (ioclass !== 1 && ioclass !== 2 && !tolerant) ctx.err(`ionice: unknown prio class ${ioclass}\n`);
  const ops = ctx.operands ?? [];
  const targets = (id: number) => (who === 'uid' ? processes(ctx).filter((p) => p.uid === id) : [findProc(ctx, id)].filter((p) => !!p));
  const print = (id: number): boolean => {
    const ps = targets(id);
    if (!ps.length) return (fail('ioprio_get failed: No such process'), false);
    const a = peek(ctx, ps[0].pid);
    const c = a.ioclass ?? 0;
    ctx.out(c === 3 ? 'idle\n' : `${CLASSES[c] ?? 'unknown'}: prio ${a.ioclass === undefined ? 4 : (a.iolevel ?? 0)}\n`);
    return true;
  };
  const setid = (id: number): boolean => {
    const ps = targets(id);
    let err: string | null = null;
    if (!ps.length) err = 'No such process';
    else if (ps.some((p) => !mayChange(ctx, p)) || (ioclass === 1 && ctx.frame.user !== 'root')) err = 'Operation not permitted';
    else if (ioclass > 3 || data < 0 || data > 7) err = 'Invalid argument';
    if (err) return tolerant ? true : (fail(`ioprio_set failed: ${err}`), false);
    for (const p of ps) Object.assign(attrs(ctx, p.pid), { ioclass, iolevel: data });
    return true;
  };
  const ids = (first: number) => [first, ...ops];
  if (!set && !who && !ops.length) return print(0) ? 0 : 1;
  if (!set && who) {
    for (const id of ids(which)) {
      if (typeof id === 'string' && !/^[-+]?\d+$/.test(id)) return fail(`${msgs[who]}: '${id}'`);
      if (!print(Number(id))) return 1;
    }
    return 0;
  }
  if (set && who) {
    for (const id of ids(which)) {
      if (typeof id === 'string' && !/^[-+]?\d+$/.test(id)) return fail(`${msgs[who]}: '${id}'`);
      if (!setid(Number(id))) return 1;
    }
    return 0;
  }
  if (ops.length) {
    if (ioclass === 1 && ctx.frame.user !== 'root' && !tolerant) return fail('ioprio_set failed: Operation not permitted');
    return yield* runCommand(ctx, 'ionice', ops);
  }
  ctx.err("ionice: bad usage\nTry 'ionice --help' for more information.\n");
  return 1;
}

def({ name: 'ionice', summary: 'set or get process I/O scheduling class and priority', available: linuxOnly, spec, run: ionice });
