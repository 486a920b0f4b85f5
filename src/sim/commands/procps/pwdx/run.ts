// pwdx of procps-ng 3.3.17 (pwdx.c; options and help in spec.ts): each process's working directory, read from
// /proc/PID/cwd (lib/proc-cwd.ts says where the world's processes are); only root reads other users' processes.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { processes } from '../../lib/procs';
import { cwdOf, selfAndShell } from '../../lib/proc-cwd';

function* pwdx(ctx: CommandContext): CommandRun {
  const ops = ctx.operands ?? [];
  if (!ops.length) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  }
  const procs = processes(ctx);
  const { shell } = selfAndShell(procs);
  let status = 0;
  for (const a of ops) {
    // check_pid_argument(): NNNN or /proc/NNNN, a whole number of at least 1
    const digits = a.startsWith('/proc/') ? a.slice(6) : a;
    if (!/^\s*[+-]?\d+$/.test(digits) || parseInt(digits, 10) < 1) {
      ctx.err(`pwdx: invalid process id: ${a}\n`);
      return 1;
    }
    const p = procs.find((q) => q.pid === parseInt(digits, 10));
    if (!p || (ctx.frame.user !== 'root' && p.user !== ctx.frame.user)) {
      ctx.err(`${a}: ${p ? 'Permission denied' : 'No such process'}\n`);
      status = 1;
      continue;
    }
    ctx.out(`${a}: ${cwdOf(ctx, p, shell)}\n`);
  }
  return status;
}

def({ name: 'pwdx', summary: 'report current working directory of a process', run: pwdx });
