// `vagrant validate`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { wait } from '../../out';
import { envTargets, invalid } from '../../env';

export function* run(ctx: CommandContext): CommandRun {
  // every machine in turn (with_target_vms), ConfigValidate on each; the first that does not validate stops it
  const found = yield* envTargets(ctx, [], false);
  if (typeof found === 'number') return found;
  yield wait(500);
  for (const m of found.list) {
    const bad = invalid(ctx, found.env, m);
    if (bad !== null) return bad;
  }
  ctx.out(M.validate_success + '\n');
  return 0;
}
