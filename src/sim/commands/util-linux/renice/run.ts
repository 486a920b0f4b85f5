// renice of util-linux 2.37.4 (sys-utils/renice.c reads its own argv): [-n] PRIORITY then PIDs, or -g process
// groups or -u users; each change prints "PID (process ID) old priority N, new priority M". The world's processes
// and their nice values: util-linux/lib/sched.ts. A user may only raise his own processes' values (EACCES below
// the current one; EPERM for another user's); values are clamped to -20..19 as the kernel does.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { processes } from '../../lib/procs';
import { attrs, findProc, mayChange, niceOf } from '../lib/sched';
import { spec } from './spec';
import { help, version } from './help';

const IDTYPE = ['process ID', 'process group ID', 'user ID'];

function* renice(ctx: CommandContext): CommandRun {
  let argv = [...ctx.args];
  if (argv.length === 1) {
    if (argv[0] === '-h' || argv[0] === '--help') return ctx.out(help), 0;
    if (['-v', '-V', '--version'].includes(argv[0])) return ctx.out(version), 0;
  }
  if (argv[0] === '-n' || argv[0] === '--priority') argv = argv.slice(1);
  const usage = (m: string) => {
    ctx.err(`renice: ${m}\nTry 'renice --help' for more information.\n`);
    return 1;
  };
  if (argv.length < 2 || !argv[0]) return usage('not enough arguments');
  if (!/^[-+]?\d+$/.test(argv[0])) return usage(`invalid priority '${argv[0]}'`);
  const prio = Math.max(-20, Math.min(19, Number(argv[0])));
  let which = 0;
  let errs = 0;
  for (const a of argv.slice(1)) {
    if (a === '-g' || a === '--pgrp') {
      which = 1;
      continue;
    }
    if (a === '-u' || a === '--user') {
      which = 2;
      continue;
    }
    if (a === '-p' || a === '--pid') {
      which = 0;
      continue;
    }
    let who: number;
    if (which === 2) {
      const u = ctx.host.users.get(a);
      who = u ? u.uid : /^\d+$/.test(a) ? Number(a) : -1;
      if (who < 0) {
        ctx.err(`renice: unknown user ${a}\n`);
        errs = 1;
        continue;
      }
    } else {
      if (!/^\d+$/.test(a)) {
        ctx.err(`renice: bad ${IDTYPE[which]} value: ${a}\n`);
        errs = 1;
        continue;
      }
      who = Number(a);
    }
    // the processes the id names (a process group is its leader's PID here)
    const all = processes(ctx);
    const procs = which === 2 ? all.filter((p) => p.uid === who) : [findProc(ctx, who)].filter((p) => !!p);
    if (!procs.length) {
      ctx.err(`renice: failed to get priority for ${who} (${IDTYPE[which]}): No such process\n`);
      errs = 1;
      continue;
    }
    const old = Math.min(...procs.map((p) => niceOf(ctx, p)));
    const denied = procs.find((p) => !mayChange(ctx, p));
    if (denied || (ctx.frame.user !== 'root' && prio < Math.min(...procs.map((p) => niceOf(ctx, p))))) {
      ctx.err(`renice: failed to set priority for ${who} (${IDTYPE[which]}): ${denied ? 'Operation not permitted' : 'Permission denied'}\n`);
      errs = 1;
      continue;
    }
    for (const p of procs) attrs(ctx, p.pid).nice = prio;
    ctx.out(`${who} (${IDTYPE[which]}) old priority ${old}, new priority ${prio}\n`);
  }
  return errs ? 1 : 0;
}

def({ name: 'renice', summary: 'alter priority of running processes', available: linuxOnly, spec, run: renice });
