// `endlocal`: only a batch program gives it something to do; typed at the prompt it does nothing.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  return ctx.frame.lastExit;
}
