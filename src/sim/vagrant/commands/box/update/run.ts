// `vagrant box update`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { findBox } from '../../../../data/boxes';
import { boxInstalled, matchVersion } from '../../../machines';
import { cmpVersion } from '../../../../data/packages';
import { info, detail, wait } from '../../../out';
import { envTargets, cfgOf } from '../../../env';
import { ensureBox } from '../../../box-add';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  const found = yield* envTargets(ctx, [], false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  for (const m of list) {
    const cfg = cfgOf(env, m);
    const installed = boxInstalled(world, cfg.box ?? '', null);
    if (!installed) {
      ctx.err(`The machine '${m.name}' has no box installed yet. Run \`vagrant up\` first.\n`);
      return 1;
    }
    info(ctx, m.name, `Checking for updates to '${cfg.box}'`);
    detail(ctx, m.name, `Latest installed version: ${installed}`);
    detail(ctx, m.name, `Version constraints: ${cfg.boxVersion ?? ''}`);
    detail(ctx, m.name, 'Provider: virtualbox');
    yield wait(900);
    const latest = matchVersion(findBox(cfg.box ?? '')?.versions.map((v) => v.version) ?? [], cfg.boxVersion);
    if (!latest || cmpVersion(latest, installed) <= 0) {
      info(ctx, m.name, `Box '${cfg.box}' (v${installed}) is running the latest version.`);
      continue;
    }
    info(ctx, m.name, `Updating '${cfg.box}' with provider 'virtualbox' from version\n'${installed}' to '${latest}'...`);
    const v = yield* ensureBox(ctx, m.name, cfg.box ?? '', latest, false, env.loaded.dir);
    if (typeof v === 'number') return v;
  }
  return 0;
}
