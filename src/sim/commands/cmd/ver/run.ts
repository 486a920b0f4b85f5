// `ver`: displays the Windows version. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, WINDOWS_VERSION } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  ctx.out(`\n${WINDOWS_VERSION}\n`);
  return 0;
}
