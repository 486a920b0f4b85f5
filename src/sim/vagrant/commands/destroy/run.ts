// `vagrant destroy`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import { type CommandRun, Interrupt } from '../../../types';
import { fmt, M } from '../../messages';
import { destroyGuest } from '../../machines';
import { info, wait, parsed } from '../../out';
import { envTargets, invalid } from '../../env';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  const force = p.flags.has('--force') || p.flags.get('--parallel') === true;
  let declined = 0;
  const ordered = [...list].reverse();
  for (const m of ordered) {
    if (m.state === 'not_created') {
      info(ctx, m.name, M.common_vm_not_created);
      continue;
    }
    if (!force) {
      let answer: string;
      try {
        answer = String(yield { ask: `    ${m.name}: ${fmt('destroy_confirmation', { name: m.name })}` });
      } catch (e) {
        if (e instanceof Interrupt) {
          ctx.err(M.vagrant_interrupt + '\n');
          return 1;
        }
        throw e;
      }
      if (!/^y(es)?$/i.test(answer.trim())) {
        info(ctx, m.name, fmt('destroy_will_not_destroy', { name: m.name }));
        declined++;
        continue;
      }
    }
    // validated once the destruction is confirmed (action_destroy)
    const bad = invalid(ctx, env, m);
    if (bad !== null) return bad;
    if (m.state === 'running') {
      info(ctx, m.name, p.flags.has('--graceful') ? M.halt_graceful : M.halt_force);
      yield wait(1500);
      ctx.world.setMachineState(env.project, m.name, 'poweroff');
    } else if (m.state === 'saved') {
      info(ctx, m.name, M.discarding);
      yield wait(800);
      ctx.world.setMachineState(env.project, m.name, 'poweroff');
    }
    info(ctx, m.name, M.destroying);
    yield wait(2500);
    destroyGuest(ctx.world, env.project, m);
  }
  const created = ordered.filter((m) => m.state !== 'not_created' || declined > 0).length;
  if (declined === 0) return 0;
  return declined === created ? 1 : 2;
}
