// `call`: runs the rest of the line as a command (at the prompt there is no batch label to call).
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const line = raw(ctx);
  if (line.trim() === '') return 0;
  if (/^\s*:/.test(line)) {
    ctx.err('Invalid attempt to call batch label outside of batch script.\n');
    return 1;
  }
  return yield* ctx.runLine(line);
}
