// `vagrant resume`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fmt, M } from '../../messages';
import { info, detail, fail, wait, parsed } from '../../out';
import { envTargets } from '../../env';
import { provisionOne } from '../../boot';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') info(ctx, m.name, M.common_vm_not_created);
    else {
      // Resume (saved only), then the communicator wait, inside the provision step
      if (m.state === 'saved') {
        info(ctx, m.name, M.resuming);
        yield wait(2000);
        ctx.world.setMachineState(env.project, m.name, 'running');
        info(ctx, m.name, M.booting);
      }
      info(ctx, m.name, M.boot_waiting);
      if (m.state !== 'running') {
        return fail(ctx, fmt('boot_bad_state', { valid: 'restoring, running', invalid: m.state }));
      }
      detail(ctx, m.name, `SSH address: 127.0.0.1:${m.sshPort}`);
      detail(ctx, m.name, 'SSH username: vagrant');
      detail(ctx, m.name, 'SSH auth method: private key');
      yield wait(2000);
      info(ctx, m.name, M.boot_completed);
      if (p.flags.get('--provision') === true) {
        const c = yield* provisionOne(ctx, env, m);
        if (c) return c;
      } else info(ctx, m.name, p.flags.get('--provision') === 'false' ? M.provision_disabled_by_config : M.provision_disabled_by_sentinel);
    }
  }
  return 0;
}
