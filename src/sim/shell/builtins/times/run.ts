// times: the user and system time of the shell, then of its children (times.def, print_timeval `XmY.ZZZs`).
// The simulated shell uses no processor: it counts a millisecond or so for each command typed.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

const tv = (ms: number) => `${Math.floor(ms / 60000)}m${Math.floor(ms / 1000) % 60}.${String(ms % 1000).padStart(3, '0')}s`;

export function* run(ctx: CommandContext): CommandRun {
  const n = ctx.frame.history.length;
  ctx.out(`${tv(4 + n)} ${tv(2 + Math.floor(n / 2))}\n${tv(Math.floor(n / 2))} ${tv(Math.floor(n / 3))}\n`);
  return 0;
}
