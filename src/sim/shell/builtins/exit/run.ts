// exit and logout: leave the script or subshell, or close this shell level (`logout` for a login shell).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { ExitSignal } from '../../signals';
import { recordLogout } from '../../../commands/lib/wtmp';

export function* run(ctx: CommandContext): CommandRun {
  const f = ctx.frame;
  const [nw, ...extra] = ctx.operands ?? [];
  const login = f.via === 'ssh' || f.via === 'sudo' || f.via === 'root';
  if (ctx.name === 'logout' && (f.script || f.subshell || !login)) {
    ctx.err("-bash: logout: not login shell: use `exit'\n");
    return 1;
  }
  let code = f.lastExit;
  if (nw !== undefined) {
    if (!/^-?\d+$/.test(nw)) {
      if (!f.script && !f.subshell) ctx.out(login ? 'logout\n' : 'exit\n');
      ctx.err(`-bash: ${ctx.name}: ${nw}: numeric argument required\n`);
      code = 2;
    } else if (extra.length) {
      if (!f.script && !f.subshell) ctx.out(login ? 'logout\n' : 'exit\n');
      ctx.err(`-bash: ${ctx.name}: too many arguments\n`);
      return 1;
    } else code = Number(nw) & 255;
  }
  if (f.script || f.subshell) throw new ExitSignal(code);
  if (nw === undefined || /^-?\d+$/.test(nw)) ctx.out(login ? 'logout\n' : 'exit\n');
  // the EXIT trap runs after `logout` is printed, with $? the status the shell exits with
  const onExit = f.traps?.EXIT;
  if (onExit !== undefined) {
    delete f.traps!.EXIT;
    f.lastExit = code;
    try {
      yield* ctx.runLine(onExit, f);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
    }
  }
  ctx.session.popFrame();
  if (f.via === 'ssh') {
    const h = ctx.world.hosts.get(f.hostId);
    if (h) recordLogout(h, f.user, ctx.world.now);
  }
  // the ssh client that opened this shell reports the end of the connection (clientloop.c)
  if (f.sshHost !== undefined) ctx.err(`Connection to ${f.sshHost.slice(0, 64)} closed.\r\n`);
  return code;
}
