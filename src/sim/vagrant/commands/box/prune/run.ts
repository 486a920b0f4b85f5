// `vagrant box prune`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { fmt, M } from '../../../messages';
import { cmpVersion } from '../../../../data/packages';
import { wait } from '../../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  if (!world.boxes.length) {
    ctx.out(M.box_no_installed + '\n');
    return 0;
  }
  const longest = Math.max(...world.boxes.map((b) => b.name.length));
  const newest = new Map<string, string>();
  for (const b of world.boxes) if (!newest.has(b.name) || cmpVersion(b.version, newest.get(b.name)!) > 0) newest.set(b.name, b.version);
  const inUse = (b: (typeof world.boxes)[number]) => [...world.projects.values()].some((pr) => [...pr.machines.values()].some((m) => m.state !== 'not_created' && m.box === b.name && m.boxVersion === b.version));
  ctx.out('The following boxes will be kept...\n');
  for (const b of world.boxes) if (newest.get(b.name) === b.version) ctx.out(`${b.name.padEnd(longest)} (${b.provider}, ${b.version})\n`);
  ctx.out('\nChecking for older boxes...\n');
  const old = world.boxes.filter((b) => newest.get(b.name) !== b.version && !inUse(b));
  if (!old.length) {
    ctx.out('\nNo old versions of boxes to remove...\n');
    return 0;
  }
  for (const b of old) {
    ctx.out(fmt('box_removing', { name: b.name, version: b.version, provider: b.provider }) + '\n');
    world.boxes.splice(world.boxes.indexOf(b), 1);
  }
  return 0;
}
