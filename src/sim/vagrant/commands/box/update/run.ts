// `vagrant box update`: what it does (its flags and help are in spec.ts and help.ts beside this file).
// plugins/commands/box/command/update.rb of 2.4.3: `--box NAME` updates an installed box without an environment
// (update_specific, on the plain UI); otherwise each machine's box (update_vms, on the machine's UI).
import type { CommandContext } from '../../../../context';
import type { CommandRun, Yield } from '../../../../types';
import { findBox } from '../../../../data/boxes';
import { boxInstalled, matchVersion } from '../../../machines';
import { cmpVersion } from '../../../../data/packages';
import { info, detail, fail, wait, parsed } from '../../../out';
import { envTargets, cfgOf } from '../../../env';
import { ensureBox } from '../../../box-add';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  const p = parsed(ctx);
  const name = p.flags.get('--box');
  const provider = p.flags.get('--provider');
  if (typeof name === 'string') {
    const boxes = world.boxes.filter((b) => b.name === name);
    if (!boxes.length) return fail(ctx, `The box '${name}' does not exist. Please double check and\ntry again. You can see the boxes that are installed with\n\`vagrant box list\`.`);
    const providers = [...new Set(boxes.map((b) => b.provider))].sort();
    if (typeof provider === 'string' && !providers.includes(provider))
      return fail(ctx, `The box '${name}' isn't installed for the provider '${provider}'.\nPlease double-check and try again. The installed providers for\nthe box are shown below:\n\n${providers.join(', ')}`);
    const version = boxes.map((b) => b.version).sort(cmpVersion).at(-1)!;
    return yield* boxUpdate(ctx, '', name, version, `> ${version}`, '.');
  }
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const todo = new Map<string, { m: string; box: string; version: string; constraint: string }>();
  for (const m of list) {
    const cfg = cfgOf(env, m);
    if (!cfg.box) {
      info(ctx, m.name, "This machine doesn't have a box. Won't update anything.");
      continue;
    }
    // the machine's box: the one its constraint picks, else the newest installed ("> 0")
    const installed = boxInstalled(world, cfg.box, cfg.boxVersion) ?? boxInstalled(world, cfg.box, null);
    if (!installed) {
      info(ctx, m.name, `Box '${cfg.box}' not installed, can't check for updates.`);
      continue;
    }
    const key = `${cfg.box}_virtualbox_${cfg.boxVersion ?? installed}`;
    if (!todo.has(key)) todo.set(key, { m: m.name, box: cfg.box, version: installed, constraint: cfg.boxVersion ?? '' });
  }
  for (const t of todo.values()) {
    const code = yield* boxUpdate(ctx, t.m, t.box, t.version, t.constraint, env.loaded.dir);
    if (code) return code;
  }
  return 0;
}

/** box_update: the checking lines, then the newest version of the registry within the constraint and newer than the box. */
function* boxUpdate(ctx: CommandContext, prefix: string, box: string, version: string, constraint: string, dir: string): Generator<Yield, number, unknown> {
  info(ctx, prefix, `Checking for updates to '${box}'`);
  detail(ctx, prefix, `Latest installed version: ${version}`);
  detail(ctx, prefix, `Version constraints: ${constraint}`);
  detail(ctx, prefix, 'Provider: virtualbox');
  detail(ctx, prefix, 'Architecture: "amd64"');
  yield wait(900);
  const want = [constraint, `> ${version}`].filter(Boolean).join(', ');
  const newer = matchVersion(findBox(box)?.versions.filter((v) => v.providers.includes('virtualbox')).map((v) => v.version) ?? [], want);
  if (!newer || cmpVersion(newer, version) <= 0) {
    info(ctx, prefix, `Box '${box}' (v${version}) is running the latest version.`);
    return 0;
  }
  info(ctx, prefix, `Updating '${box}' with provider 'virtualbox' from version\n'${version}' to '${newer}'...`);
  const v = yield* ensureBox(ctx, prefix, box, newer, false, dir);
  return typeof v === 'number' ? v : 0;
}
