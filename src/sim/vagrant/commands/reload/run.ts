// `vagrant reload`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fmt, M } from '../../messages';
import { applyConfig } from '../../machines';
import { info, wait, parsed } from '../../out';
import { envTargets, cfgOf, invalid } from '../../env';
import { bootLines, afterBoot, networkLines, provisionAfterBoot, provisionTypes } from '../../boot';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const types = provisionTypes(ctx, env, p.flags.get('--provision-with'));
  if (typeof types === 'number') return types;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') {
      info(ctx, m.name, M.common_vm_not_created);
      continue;
    }
    const bad = invalid(ctx, env, m);
    if (bad !== null) return bad;
    if (m.state === 'running') {
      info(ctx, m.name, p.flags.has('--force') ? M.halt_force : M.halt_graceful);
      yield wait(6000);
      ctx.world.setMachineState(env.project, m.name, 'poweroff');
    }
    const cfg = cfgOf(env, m);
    info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: m.box, version: m.boxVersion }));
    yield* networkLines(ctx, m, cfg, true);
    yield* bootLines(ctx, m, false);
    applyConfig(ctx.world, m, cfg);
    ctx.world.setMachineState(env.project, m.name, 'running');
    yield* afterBoot(ctx, env, m);
    const prov = p.flags.get('--provision');
    const c = yield* provisionAfterBoot(ctx, env, m, prov === undefined ? null : prov !== 'false', types);
    if (c) return c;
  }
  return 0;
}
