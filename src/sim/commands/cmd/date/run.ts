// `date /t` prints the date; `date` shows it and asks for a new one (MSG_CURRENT_DATE, MSG_ENTER_NEW_DATE): Enter
// keeps it, and a standard user may not set the clock.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';
import { cmdDate } from '../clock';

export function* run(ctx: CmdCtx): CommandRun {
  const arg = raw(ctx).trim();
  if (/^\/t\b/i.test(arg)) {
    ctx.out(cmdDate(ctx.world) + '\n');
    return 0;
  }
  let answer = arg;
  if (arg === '') {
    ctx.out(`The current date is: ${cmdDate(ctx.world)}\n`);
    answer = String(yield { ask: 'Enter the new date: (mm-dd-yy) ' }).trim();
    if (answer === '') return 0;
  }
  if (!/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(answer)) {
    ctx.err('The system cannot accept the date entered.\n');
    return 1;
  }
  ctx.err('A required privilege is not held by the client.\n');
  return 1;
}
