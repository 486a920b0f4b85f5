// `vagrant validate`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { wait } from '../../out';
import { withEnv } from '../../env';

export function* run(ctx: CommandContext): CommandRun {
  const env = yield* withEnv(ctx);
  if (typeof env === 'number') return env;
  yield wait(500);
  ctx.out(M.validate_success + '\n');
  return 0;
}
