// `verify`: MSG_VERIFY_ON / MSG_VERIFY_OFF; ON and OFF set it (a flag of the shell).
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw, SYNTAX } from '../shared';

const verifying = new WeakSet<object>();

export function* run(ctx: CmdCtx): CommandRun {
  const arg = raw(ctx).trim().toLowerCase();
  if (arg === '') {
    ctx.out(verifying.has(ctx.frame) ? 'VERIFY is on.\n' : 'VERIFY is off.\n');
    return 0;
  }
  if (arg === 'on') verifying.add(ctx.frame);
  else if (arg === 'off') verifying.delete(ctx.frame);
  else {
    ctx.err(SYNTAX);
    return 1;
  }
  return 0;
}
