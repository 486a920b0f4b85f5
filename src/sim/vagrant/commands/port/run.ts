// `vagrant port`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fmt, M } from '../../messages';
import { fail, wait, parsed } from '../../out';
import { envTargets, invalid } from '../../env';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const found = yield* envTargets(ctx, p.pos.slice(0, 1), true);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const m = list[0];
  // port/command.rb runs ConfigValidate on the machine first
  const bad = invalid(ctx, env, m);
  if (bad !== null) return bad;
  yield wait(500);
  const ports = m.state === 'running' ? m.forwardedPorts : [];
  const guest = p.flags.get('--guest');
  if (typeof guest === 'string') {
    const hit = ports.find((f) => String(f.guest) === guest);
    if (!hit) return fail(ctx, fmt('port_no_match', { port: guest }));
    ctx.out(`${hit.host}\n`);
    return 0;
  }
  if (!ports.length) {
    ctx.out(M.port_empty + '\n');
    return 0;
  }
  ctx.out(M.port_details + '\n\n' + ports.map((f) => `${String(f.guest).padStart(6)} (guest) => ${f.host} (host)\n`).join(''));
  return 0;
}
