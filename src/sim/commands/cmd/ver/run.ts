// `ver`: displays the Windows version. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  ctx.out('\nMicrosoft Windows [Version 10.0.22631.4460]\n');
  return 0;
}
