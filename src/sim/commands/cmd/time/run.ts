// `time /t` prints the time; `time` shows it and asks for a new one (MSG_CURRENT_TIME, MSG_ENTER_NEW_TIME): Enter
// keeps it, and a standard user may not set the clock.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';
import { cmdShortTime, cmdTime } from '../clock';

export function* run(ctx: CmdCtx): CommandRun {
  const arg = raw(ctx).trim();
  if (/^\/t\b/i.test(arg)) {
    ctx.out(cmdShortTime(ctx.world) + '\n');
    return 0;
  }
  let answer = arg;
  if (arg === '') {
    ctx.out(`The current time is: ${cmdTime(ctx.world)}\n`);
    answer = String(yield { ask: 'Enter the new time: ' }).trim();
    if (answer === '') return 0;
  }
  if (!/^\d{1,2}(:\d{1,2}){0,2}([.,]\d{1,2})?$/.test(answer)) {
    ctx.err('The system cannot accept the time entered.\n');
    return 1;
  }
  ctx.err('A required privilege is not held by the client.\n');
  return 1;
}
