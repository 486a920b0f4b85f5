// `vagrant box list`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { M } from '../../../messages';
import { wait } from '../../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  if (!world.boxes.length) {
    ctx.out(M.box_no_installed + '\n');
    return 0;
  }
  const sorted = [...world.boxes].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version, undefined, { numeric: true }) : a.name.localeCompare(b.name)));
  const longest = Math.max(...sorted.map((b) => b.name.length));
  ctx.out(sorted.map((b) => `${b.name.padEnd(longest)} (${b.provider}, ${b.version}, (${b.architecture}))\n`).join(''));
  return 0;
}
