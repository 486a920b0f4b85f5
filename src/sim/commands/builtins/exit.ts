// exit and logout, the bash builtins.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def } from '../lib/guest';

function* leave(ctx: CommandContext, how: 'exit' | 'logout'): CommandRun {
  const f = ctx.frame;
  const login = f.via === 'ssh' || f.via === 'sudo' || f.via === 'root';
  if (how === 'logout' && !login) {
    ctx.err("-bash: logout: not login shell: use `exit'\n");
    return 1;
  }
  ctx.out(login ? 'logout\n' : 'exit\n');
  const code = ctx.args[0] && /^\d+$/.test(ctx.args[0]) ? Number(ctx.args[0]) & 255 : f.lastExit;
  ctx.session.popFrame();
  return code;
}

def({ name: 'exit', summary: 'exit the shell', *run(ctx) { return yield* leave(ctx, 'exit'); } });
def({ name: 'logout', summary: 'exit a login shell', *run(ctx) { return yield* leave(ctx, 'logout'); } });
