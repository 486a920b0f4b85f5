// readonly: mark variables (and with -f, functions) unchangeable; with no names, list them (setattr.def).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { NAME_RE, assign, declLine, hasAttr, isReadonly, setAttrs, variableNames } from '../../vars';

export function* run(ctx: CommandContext): CommandRun {
  const frame = ctx.frame;
  const words = ctx.operands ?? [];
  const o = ctx.opts;
  if (!words.length || o?.has('p')) {
    if (o?.has('f')) return 0;
    const arrays = o?.has('a') || o?.has('A');
    const names = variableNames(frame).filter((n) => hasAttr(frame, n, 'r') && (!arrays || (o?.has('A') ? hasAttr(frame, n, 'A') : hasAttr(frame, n, 'a'))));
    ctx.out(names.map((n) => declLine(frame, n) + '\n').join(''));
    if (!words.length) return 0;
  }
  let code = 0;
  for (const w of words) {
    const eq = w.indexOf('=');
    const n = eq > 0 ? w.slice(0, eq) : w;
    if (o?.has('f')) {
      if (!frame.functions?.[n]) {
        ctx.err(`-bash: readonly: ${n}: not a function\n`);
        code = 1;
      }
      continue;
    }
    if (!NAME_RE.test(n)) {
      ctx.err(`-bash: readonly: \`${w}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (eq > 0) {
      if (isReadonly(frame, n)) {
        ctx.err(`-bash: ${n}: readonly variable\n`);
        code = 1;
        continue;
      }
      assign(frame, n, w.slice(eq + 1));
    }
    if (o?.has('a') || o?.has('A')) (frame.arrays ??= {})[n] ??= { assoc: !!o?.has('A'), items: [] };
    setAttrs(frame, n, (o?.has('A') ? 'A' : o?.has('a') ? 'a' : '') + 'r');
  }
  return code;
}
