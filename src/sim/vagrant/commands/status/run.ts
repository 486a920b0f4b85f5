// `vagrant status`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun, Machine } from '../../../types';
import { fmt, M } from '../../messages';
import { wait, parsed } from '../../out';
import { envTargets } from '../../env';

function stateLabel(m: Machine): string {
  return m.state === 'not_created' ? 'not created' : m.state;
}

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { list } = found;
  yield wait(500);
  const width = Math.max(25, ...list.map((m) => m.name.length));
  const states = list.map((m) => `${m.name.padEnd(width)} ${stateLabel(m)} (virtualbox)`).join('\n');
  const msg =
    list.length === 1
      ? { not_created: M.status_not_created, running: M.status_running, poweroff: M.status_poweroff, saved: M.status_saved }[list[0].state]
      : M.status_listing;
  ctx.out(fmt('status_output', { states, message: msg }) + '\n');
  return 0;
}
