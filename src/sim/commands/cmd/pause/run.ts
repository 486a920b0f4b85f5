// `pause`: cmd.exe's MSG_STRIKE_ANY_KEY, then one key (a line, where the terminal sends lines).
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  ctx.out('Press any key to continue . . . ');
  yield { key: true };
  ctx.out('\n');
  return 0;
}
