// `vagrant ssh`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { loadGuest } from '../../../lazy';
import { lastLogin } from '../../../login';
import { sshEnv } from '../../../commands/lib/ssh-env';
import { fail, parsed, wait } from '../../out';
import { envTargets } from '../../env';
import { runInGuest } from '../../boot';


export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  // words after `--` go to ssh itself; the machine name comes before them
  const dd = ctx.args.indexOf('--');
  const names = dd >= 0 ? p.pos.slice(0, p.pos.length - (ctx.args.length - dd - 1)) : p.pos;
  const found = yield* envTargets(ctx, names.slice(0, 1), true);
  if (typeof found === 'number') return found;
  const { list } = found;
  const m = list[0];
  yield wait(1200);
  if (m.state === 'not_created') return fail(ctx, M.vm_creation_required);
  if (m.state !== 'running') return fail(ctx, M.vm_not_running);
  const guest = ctx.world.host(m.hostId);
  const command = p.flags.get('--command');
  if (typeof command === 'string') {
    const code = yield* runInGuest(ctx, m, command, 'vagrant', [], { write: ctx.out, flush: () => {} }, { write: ctx.err, flush: () => {} }, true);
    if (p.flags.get('--tty') !== 'false') ctx.err('Connection to 127.0.0.1 closed.\n');
    return code;
  }
  yield { load: loadGuest };
  ctx.out(lastLogin(ctx.world, guest, 'vagrant', '10.0.2.2'));
  const home = guest.users.get('vagrant')?.home ?? '/home/vagrant';
  // the client port of this connection: ss shows it on the guest's side
  const port = 50000 + ctx.world.rng.int(0, 9999);
  ctx.world.ext.set(`ssh-port:${guest.id}`, port);
  ctx.session.pushFrame({
    shell: 'bash', hostId: guest.id, user: 'vagrant', cwd: home,
    env: sshEnv(guest, 'vagrant', { from: '10.0.2.2', port, to: '10.0.2.15', tty: '/dev/pts/0' }),
    via: 'ssh', lastExit: 0, history: [],
  });
  return 0;
}
