// `vagrant box outdated`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { findBox } from '../../../../data/boxes';
import { fmt } from '../../../messages';
import { boxInstalled, matchVersion } from '../../../machines';
import { cmpVersion } from '../../../../data/packages';
import { info, wait, parsed } from '../../../out';
import { envTargets, cfgOf } from '../../../env';

const latestOf = (name: string) => {
  const cat = findBox(name);
  return cat ? matchVersion(cat.versions.filter((v) => v.providers.includes('virtualbox')).map((v) => v.version), null) : null;
};

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  const p = parsed(ctx);
  if (p.flags.has('--global')) {
    for (const b of [...world.boxes].reverse()) {
      const latest = latestOf(b.name);
      if (!latest) ctx.out(`* '${b.name}' for '${b.provider}' wasn't added from a catalog, no version information\n`);
      else if (cmpVersion(latest, b.version) > 0) ctx.out(`* '${b.name}' for '${b.provider}' is outdated! Current: ${b.version}. Latest: ${latest}\n`);
      else ctx.out(`* '${b.name}' for '${b.provider}' (v${b.version}) is up to date\n`);
    }
    return 0;
  }
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  for (const m of list) {
    const cfg = cfgOf(env, m);
    const version = m.state === 'not_created' ? boxInstalled(world, cfg.box ?? '', cfg.boxVersion) : m.boxVersion;
    // box_check_outdated.rb: a machine without its box is passed over without a word
    if (!version) continue;
    info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: cfg.box ?? m.box, version }));
    const latest = matchVersion(findBox(cfg.box ?? '')?.versions.map((v) => v.version) ?? [], cfg.boxVersion);
    if (latest && cmpVersion(latest, version) > 0)
      info(ctx, m.name, `A newer version of the box '${cfg.box}' for provider 'virtualbox' is\navailable! You currently have version '${version}'. The latest is version\n'${latest}'. Run \`vagrant box update\` to update.`);
    else info(ctx, m.name, `Box '${cfg.box}' (v${version}) is running the latest version.`);
  }
  return 0;
}
