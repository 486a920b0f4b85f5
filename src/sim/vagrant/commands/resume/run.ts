// `vagrant resume`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fmt, M } from '../../messages';
import { info, detail, fail, wait, parsed } from '../../out';
import { envTargets } from '../../env';
import { provisionAfterBoot, provisionTypes } from '../../boot';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const types = provisionTypes(ctx, env, p.flags.get('--provision-with'));
  if (typeof types === 'number') return types;
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
      const prov = p.flags.get('--provision');
      const c = yield* provisionAfterBoot(ctx, env, m, prov === undefined ? null : prov !== 'false', types);
      if (c) return c;
    }
  }
  return 0;
}
