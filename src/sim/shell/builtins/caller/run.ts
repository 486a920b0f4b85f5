// caller: where the function being run was called from (caller.def): `LINE FILE`, or with EXPR the frame that
// many calls up as `LINE FUNCTION FILE`, read from BASH_LINENO, BASH_SOURCE and FUNCNAME.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec } from './spec';

export function* run(ctx: CommandContext): CommandRun {
  const arr = (n: string) => (ctx.frame.arrays?.[n]?.items ?? []).map(([, v]) => v);
  const lineno = arr('BASH_LINENO');
  const source = arr('BASH_SOURCE');
  const funcname = arr('FUNCNAME');
  if (!lineno.length || !source.length) return 1;
  const ops = ctx.operands ?? [];
  if (!ops.length) {
    ctx.out(`${lineno[0] ?? 'NULL'} ${source[1] ?? 'NULL'}\n`);
    return 0;
  }
  if (!funcname.length) return 1;
  const w = ops[0];
  if (!/^\s*[-+]?\d+\s*$/.test(w)) {
    ctx.err(`-bash: caller: ${w}: invalid number\ncaller: usage: ${spec.synopsis}\n`);
    return 2;
  }
  const n = Number(w.trim());
  const l = lineno[n];
  const s = source[n + 1];
  const f = funcname[n + 1];
  if (l === undefined || s === undefined || f === undefined) return 1;
  ctx.out(`${l} ${f} ${s}\n`);
  return 0;
}
