// `vagrant provision`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { info, wait, parsed } from '../../out';
import { envTargets, invalid } from '../../env';
import { provisionOne, provisionTypes } from '../../boot';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const types = provisionTypes(ctx, env, p.flags.get('--provision-with'));
  if (typeof types === 'number') return types;
  yield wait(800);
  for (const m of list) {
    // the provider's action_provision validates before it looks at the machine's state
    const bad = invalid(ctx, env, m);
    if (bad !== null) return bad;
    if (m.state === 'not_created') info(ctx, m.name, M.common_vm_not_created);
    else if (m.state !== 'running') info(ctx, m.name, M.common_vm_not_running);
    else {
      const c = yield* provisionOne(ctx, env, m, { all: true, types });
      if (c) return c;
    }
  }
  return 0;
}
