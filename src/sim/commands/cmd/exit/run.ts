// `exit`: quits the CMD.EXE program (command interpreter). What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  ctx.session.popFrame();
  return 0;
}
