// builtin: run a shell builtin even where a function of that name hides it (builtin.def); a name that is not a
// builtin is an error.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { BASH_BUILTINS } from '../type/run';
import { runPastFunctions } from '../command/run';

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? [];
  if (!words.length) return 0;
  if (!BASH_BUILTINS.has(words[0])) {
    ctx.err(`-bash: builtin: ${words[0]}: not a shell builtin\n`);
    return 1;
  }
  return yield* runPastFunctions(ctx, words);
}
