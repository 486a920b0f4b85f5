// eval: its words joined by spaces, run as a command line in this shell.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const text = ctx.args.join(' ');
  if (text.trim() === '') return 0;
  return yield* ctx.runLine(text, ctx.frame);
}
