// return: leave a function or a sourced script with a status.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { ReturnSignal } from '../../signals';

export function* run(ctx: CommandContext): CommandRun {
  const [nw, ...extra] = ctx.operands ?? [];
  if (!ctx.frame.funcs && !ctx.frame.script) {
    ctx.err("-bash: return: can only `return' from a function or sourced script\n");
    return 2;
  }
  if (nw !== undefined && !/^-?\d+$/.test(nw)) {
    ctx.err(`-bash: return: ${nw}: numeric argument required\n`);
    throw new ReturnSignal(2);
  }
  if (extra.length) {
    ctx.err('-bash: return: too many arguments\n');
    return 1;
  }
  throw new ReturnSignal(nw === undefined ? ctx.frame.lastExit : Number(nw) & 255);
}
