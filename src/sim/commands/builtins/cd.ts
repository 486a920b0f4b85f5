// cd, the bash builtin.
import { canRead } from '../../util';
import { def } from '../lib/guest';

def({
  name: 'cd',
  summary: 'change the shell working directory',
  *run(ctx) {
    const arg = ctx.args[0];
    let target: string;
    if (ctx.args.length > 1) {
      ctx.err('-bash: cd: too many arguments\n');
      return 1;
    }
    if (arg === undefined || arg === '~') target = ctx.user.home;
    else if (arg === '-') {
      target = ctx.frame.env.OLDPWD ?? ctx.frame.cwd;
      ctx.out(target + '\n');
    } else target = ctx.resolve(arg);
    const node = ctx.host.fs.get(target);
    if (!node) {
      ctx.err(`-bash: cd: ${arg}: No such file or directory\n`);
      return 1;
    }
    if (node.type !== 'dir') {
      ctx.err(`-bash: cd: ${arg}: Not a directory\n`);
      return 1;
    }
    if (!canRead(ctx.frame.user, target)) {
      ctx.err(`-bash: cd: ${arg}: Permission denied\n`);
      return 1;
    }
    ctx.frame.env.OLDPWD = ctx.frame.cwd;
    ctx.frame.cwd = target;
    ctx.frame.env.PWD = target;
    return 0;
  },
});
