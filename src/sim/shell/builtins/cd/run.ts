// cd and pwd: the shell's working directory ($PWD, $OLDPWD, `cd -`).
import { cdInPlace } from '../../environ';
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canRead } from '../../../util';

/** -P (physical: links resolved) when it comes after any -L, as bash's cd and pwd read them. */
function physical(ctx: CommandContext): boolean {
  const lp = ctx.opts?.list.filter((o) => o.key === 'L' || o.key === 'P') ?? [];
  return lp[lp.length - 1]?.key === 'P';
}

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? ctx.args;
  if (words.length > 1) {
    ctx.err('-bash: cd: too many arguments\n');
    return 1;
  }
  const arg = words[0];
  let target: string;
  if (arg === undefined || arg === '~') {
    const home = ctx.frame.env.HOME;
    if (home === undefined && arg === undefined) {
      ctx.err('-bash: cd: HOME not set\n');
      return 1;
    }
    target = home ?? ctx.user.home;
  } else if (arg === '-') {
    const old = ctx.frame.env.OLDPWD;
    if (old === undefined) {
      ctx.err('-bash: cd: OLDPWD not set\n');
      return 1;
    }
    target = old;
  } else target = ctx.resolve(arg);
  const node = ctx.host.fs.get(target);
  const shown = arg ?? target;
  if (!node) {
    // a file on the way: ENOTDIR
    const why = ctx.host.fs.lookup(target) === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory';
    ctx.err(`-bash: cd: ${shown}: ${why}\n`);
    return 1;
  }
  if (node.type !== 'dir') {
    ctx.err(`-bash: cd: ${shown}: Not a directory\n`);
    return 1;
  }
  if (!canRead(ctx.frame.user, target)) {
    ctx.err(`-bash: cd: ${shown}: Permission denied\n`);
    return 1;
  }
  if (physical(ctx)) {
    const real = ctx.host.fs.realpath(target);
    if (typeof real === 'string' && real.startsWith('/')) target = real;
  }
  if (arg === '-') ctx.out(target + '\n');
  const kept = ctx.frame.exportOrder;
  ctx.frame.env.OLDPWD = ctx.frame.cwd;
  ctx.frame.cwd = target;
  ctx.frame.env.PWD = target;
  cdInPlace(ctx.frame, kept);
  return 0;
}

export function* pwd(ctx: CommandContext): CommandRun {
  // the logical directory ($PWD, links as cd took them) or with -P the physical one
  const real = physical(ctx) ? ctx.host.fs.realpath(ctx.frame.cwd) : ctx.frame.cwd;
  ctx.out((typeof real === 'string' && real.startsWith('/') ? real : ctx.frame.cwd) + '\n');
  return 0;
}
