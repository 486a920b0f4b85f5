// users of GNU coreutils 8.32 (options and help in spec.ts): the names of the users logged in (the login records
// of ../who/run.ts), sorted, on one line.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quotef } from '../lib/quote';
import { entries } from '../who/run';

export function* run(ctx: CommandContext): CommandRun {
  const file = ctx.operands?.[0];
  if (file !== undefined && file !== '/var/run/utmp' && file !== '/run/utmp' && ctx.host.fs.read(ctx.resolve(file)) === 'ENOENT') {
    ctx.err(`users: ${quotef(file)}: No such file or directory\n`);
    return 1;
  }
  const names = entries(ctx)
    .filter((e) => e.kind === 'user')
    .map((e) => e.user)
    .sort();
  ctx.out(names.join(' ') + '\n');
  return 0;
}
