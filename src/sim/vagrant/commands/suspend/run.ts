// `vagrant suspend`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { info, wait, parsed } from '../../out';
import { envTargets } from '../../env';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') info(ctx, m.name, M.common_vm_not_created);
    else if (m.state === 'running') {
      info(ctx, m.name, M.suspending);
      yield wait(4000);
      ctx.world.setMachineState(env.project, m.name, 'saved');
    }
  }
  return 0;
}
