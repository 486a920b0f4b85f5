// Running the command that taskset, chrt, ionice, prlimit, setsid and flock are given, as nohup does: through the
// shell's argv runner, with the tool's output streams; a command that does not exist is execvp()'s ENOENT.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { runArgv } from '../../../shell/bash';

export function* runCommand(ctx: CommandContext, tool: string, argv: string[], frame = ctx.frame): CommandRun {
  const failed = 'failed to execute';
  const d = findCommand('bash', argv[0]);
  if (!argv[0].includes('/') && (!d || (d.available && !d.available(ctx.host, ctx.world)))) {
    ctx.err(`${tool}: ${failed} ${argv[0]}: No such file or directory\n`);
    return 127;
  }
  const rt = { world: ctx.world, hooks: ctx.session };
  return yield* runArgv(rt, frame, argv, { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
}
