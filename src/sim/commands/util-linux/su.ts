// su of util-linux 2.37.
import type { CommandContext, Frame } from '../../context';
import { switchUserFrame } from '../../login';
import { def } from '../lib/guest';

function loginFrame(ctx: CommandContext, user: string, login: boolean): Frame {
  return switchUserFrame(ctx.host, ctx.frame, user, login);
}


def({
  name: 'su',
  summary: 'run a command with substitute user and group ID',
  *run(ctx) {
    const login = ctx.args.includes('-') || ctx.args.includes('-l') || ctx.args.includes('--login');
    const target = ctx.args.find((a) => !a.startsWith('-')) ?? 'root';
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
    const f = loginFrame(ctx, target, login);
    f.via = login ? 'sudo' : 'su';
    ctx.session.pushFrame(f);
    return 0;
  },
});
