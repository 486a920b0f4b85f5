// tty of GNU coreutils 8.32 (options and help in spec.ts): the terminal on standard input (the ssh login's
// /dev/pts/0), or `not a tty` with status 1 when input is a pipe or a file or there is no terminal; -s says nothing.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const onTty = ctx.stdin === null && !ctx.input && !!ctx.session.jobs;
  if (ctx.opts!.has('silent')) return onTty ? 0 : 1;
  ctx.out(onTty ? '/dev/pts/0\n' : 'not a tty\n');
  return onTty ? 0 : 1;
}
