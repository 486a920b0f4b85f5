// eval: its words joined by spaces, run as a command line in this shell.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const text = ctx.args.join(' ');
  if (text.trim() === '') return 0;
  // set -x shows its commands one level deeper
  const level = ctx.frame.xlevel ?? 1;
  ctx.frame.xlevel = level + 1;
  try {
    return yield* ctx.runLine(text, ctx.frame);
  } finally {
    ctx.frame.xlevel = level;
  }
}
