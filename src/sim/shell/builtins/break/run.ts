// break and continue: leave, or go on with the next round of, the N innermost loops.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { LoopSignal } from '../../signals';

export function* run(ctx: CommandContext): CommandRun {
  const kind = ctx.name === 'continue' ? 'continue' : 'break';
  const [nw, ...extra] = ctx.operands ?? [];
  if (nw !== undefined && !/^-?\d+$/.test(nw)) {
    ctx.err(`-bash: ${kind}: ${nw}: numeric argument required\n`);
    return 128;
  }
  if (extra.length) {
    ctx.err(`-bash: ${kind}: too many arguments\n`);
    return 1;
  }
  const n = nw === undefined ? 1 : Number(nw);
  if (n < 1) {
    ctx.err(`-bash: ${kind}: ${nw}: loop count out of range\n`);
    return 1;
  }
  const loops = ctx.frame.loops ?? 0;
  if (!loops) {
    // bash is built with BREAK_COMPLAINS (config-top.h); the status stays 0
    ctx.err(`-bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`);
    return 0;
  }
  throw new LoopSignal(kind, Math.min(n, loops));
}
