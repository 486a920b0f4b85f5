// logname of GNU coreutils 8.32 (src/logname.c; help in help.ts): getlogin(), the user of the login session
// (glibc reads /proc/self/loginuid): the `vagrant ssh` login's user, whoever su or sudo made the shell.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  // who.ts's login record: the box's vagrant user, or the shell's user on a guest without one
  ctx.out(`${ctx.host.users.has('vagrant') ? 'vagrant' : ctx.frame.user}\n`);
  return 0;
}
