// `whoami`: displays the current user. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  ctx.out(`${ctx.host.hostname.toLowerCase()}\\${ctx.frame.user}\n`);
  return 0;
}
