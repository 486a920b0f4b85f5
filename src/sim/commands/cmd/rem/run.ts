// `rem`: a remark; cmd.exe runs nothing for it (the shell keeps `&` and `|` after it in the remark).
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  return ctx.frame.lastExit;
}
