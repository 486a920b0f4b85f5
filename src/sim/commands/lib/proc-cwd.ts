// Where a process of the guest has its working directory (/proc/PID/cwd, as fuser and pwdx read it): the shell the
// command runs from is where the learner is; the login's other processes on the terminal are at the user's home;
// daemons and kernel threads at `/`.
import type { CommandContext } from '../../context';
import type { Proc } from './procs';

/** The running command's own process (the last `R+` one ps lists) and the shell it runs from (its parent). */
export function selfAndShell(procs: Proc[]): { self?: Proc; shell?: number } {
  const self = procs.filter((p) => p.stat === 'R+').pop();
  return { self, shell: self?.ppid };
}

export function cwdOf(ctx: CommandContext, p: Proc, shell: number | undefined): string {
  if (p.args.startsWith('[')) return '/';
  if (p.pid === shell || p.stat === 'R+') return ctx.frame.cwd;
  if (p.tty.startsWith('pts/')) return ctx.host.users.get(p.user)?.home ?? '/';
  return '/';
}
