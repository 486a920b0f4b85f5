// local: variables of the function being run; the values they hide come back when it returns. It takes
// declare's options (`local -a`, `local -n`), as builtins/declare.def's local_builtin does.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { declare } from '../declare/run';

export function* run(ctx: CommandContext): CommandRun {
  const scopes = ctx.frame.locals;
  const scope = scopes?.[scopes.length - 1];
  if (!scope || !ctx.frame.funcs) {
    ctx.err('-bash: local: can only be used in a function\n');
    return 1;
  }
  return yield* declare(ctx, 'local');
}
