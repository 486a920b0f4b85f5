// suspend: a login shell refuses (suspend.def); the guests' shells are login shells from `vagrant ssh`.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const login = ctx.frame.shopts?.login_shell !== false && !ctx.frame.script;
  if (login && !ctx.opts?.has('f')) {
    ctx.err('-bash: suspend: cannot suspend a login shell\n');
    return 1;
  }
  // stopping this shell (SIGSTOP) is not modelled: see DIFFERENCES.md
  return 0;
}
