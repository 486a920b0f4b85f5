// arch of GNU coreutils 8.32 (uname.c built as arch; help in help.ts): the machine name, as `uname -m` prints it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  ctx.out('x86_64\n');
  return 0;
}
