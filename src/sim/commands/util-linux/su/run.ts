// su of util-linux 2.37 (options and help in spec.ts): `su [-] [-l] [user]` asks the target's password (root
// does not) and opens its shell; `-`, -l and --login make it a login shell.
import { switchUserFrame } from '../../../login';
import { runArgv } from '../../../shell/bash';
import { started } from '../../../shell/pids';
import { def } from '../../lib/guest';
import { spec } from './spec';

def({
  name: 'su',
  summary: 'run a command with substitute user and group ID',
  spec,
  *run(ctx) {
    const operands = ctx.operands ?? ctx.args.filter((a) => !a.startsWith('-'));
    const login = operands[0] === '-' || (ctx.opts?.has('login') ?? false);
    const target = operands.find((a) => a !== '-') ?? 'root';
    if (!ctx.host.users.has(target)) {
      ctx.err(`su: user ${target} does not exist or the user entry does not contain all the required fields\n`);
      return 1;
    }
    if (ctx.frame.user !== 'root') {
      const pw = String(yield { ask: 'Password: ' });
      if (pw !== ctx.host.users.get(target)!.password) {
        yield { wait: 2500 };
        ctx.err('su: Authentication failure\n');
        return 1;
      }
    }
    const f = switchUserFrame(ctx.host, ctx.frame, target, login);
    // -c: the target's shell runs the command and su returns its status
    const command = ctx.opts?.str('command');
    if (command !== undefined) {
      started({ world: ctx.world, hooks: ctx.session }, ctx.frame, f, ['su', ...ctx.args].join(' '));
      return yield* runArgv({ world: ctx.world, hooks: ctx.session }, f, ['bash', '-c', command], { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
    }
    f.via = login ? 'sudo' : 'su';
    ctx.session.pushFrame(f);
    return 0;
  },
});
