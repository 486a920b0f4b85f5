// `vagrant box remove`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { fmt } from '../../../messages';
import { rubyPath } from '../../../machines';
import { fail, wait, parsed } from '../../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  const p = parsed(ctx);
  const name = p.pos[0];
  const boxes = world.boxes.filter((b) => b.name === name);
  if (!boxes.length) return fail(ctx, fmt('box_remove_not_found', { name }));
  const want = p.flags.get('--box-version') as string | undefined;
  let victims = boxes;
  if (want) {
    victims = boxes.filter((b) => b.version === want);
    if (!victims.length) return fail(ctx, fmt('box_remove_version_not_found', { name, version: want, versions: boxes.map((b) => `* ${b.version}`).join('\n') }));
  } else if (!p.flags.has('--all') && new Set(boxes.map((b) => b.version)).size > 1) {
    return fail(ctx, fmt('box_remove_multi_version', { name, versions: boxes.map((b) => `* ${b.version}`).join('\n') }));
  }
  for (const b of victims) {
    const users: string[] = [];
    for (const pr of world.projects.values())
      for (const m of pr.machines.values()) if (m.state !== 'not_created' && m.box === b.name && m.boxVersion === b.version) users.push(`${rubyPath(pr.dir)}/Vagrantfile`);
    if (users.length && !p.flags.has('--force')) {
      const ans = String(yield { ask: fmt('box_remove_in_use_query', { name: b.name, version: b.version, provider: b.provider, architecture: b.architecture, users: users.join('\n') }) });
      if (!/^y/i.test(ans.trim())) continue;
    }
    ctx.out(fmt('box_removing', { name: b.name, version: b.version, provider: b.provider }) + '\n');
    world.boxes.splice(world.boxes.indexOf(b), 1);
  }
  return 0;
}
