// shift: drop the first N positional parameters.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { positional, setPositional } from '../../exec';

export function* run(ctx: CommandContext): CommandRun {
  const [nw, ...extra] = ctx.operands ?? [];
  if (extra.length) {
    ctx.err('-bash: shift: too many arguments\n');
    return 1;
  }
  if (nw !== undefined && !/^-?\d+$/.test(nw)) {
    ctx.err(`-bash: shift: ${nw}: numeric argument required\n`);
    return 1;
  }
  const n = nw === undefined ? 1 : Number(nw);
  const ps = positional(ctx.frame);
  if (n < 0) {
    ctx.err(`-bash: shift: ${nw}: shift count out of range\n`);
    return 1;
  }
  if (n > ps.length) return 1;
  setPositional(ctx.frame, ps.slice(n));
  return 0;
}
