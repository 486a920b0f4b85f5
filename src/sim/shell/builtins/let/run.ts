// let: each word an arithmetic expression; the status is 1 when the last one is 0.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { arith } from '../../expand';
import { ArithError } from '../../arith';

export function* run(ctx: CommandContext): CommandRun {
  if (!ctx.args.length) {
    ctx.err(`-bash: let: expression expected\n`);
    return 1;
  }
  let v = 0;
  for (const e of ctx.args) {
    try {
      v = arith(ctx.frame, e);
    } catch (err) {
      if (err instanceof ArithError) {
        ctx.err(`-bash: let: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  }
  return v === 0 ? 1 : 0;
}
