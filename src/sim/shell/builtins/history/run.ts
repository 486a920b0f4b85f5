// history: the lines typed at this shell, numbered; -c clears, -d deletes one.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { expandHistory } from '../../history';

export function* run(ctx: CommandContext): CommandRun {
  const h = ctx.frame.history;
  if (ctx.opts?.has('c')) {
    h.length = 0;
    return 0;
  }
  const d = ctx.opts?.str('d');
  if (d !== undefined) {
    const n = Number(d);
    if (!/^-?\d+$/.test(d) || n === 0 || Math.abs(n) > h.length) {
      ctx.err(`-bash: history: ${d}: history position out of range\n`);
      return 1;
    }
    h.splice(n > 0 ? n - 1 : h.length + n, 1);
    return 0;
  }
  const words = ctx.operands ?? [];
  if (ctx.opts?.has('s') || ctx.opts?.has('p')) {
    // history.def push_history / expand_and_print_history: the `history` line itself leaves the list first
    if (ctx.frame.histAdded && !ctx.frame.script) {
      h.pop();
      ctx.frame.histAdded = false;
    }
    if (ctx.opts.has('s')) {
      if (words.length) h.push(words.join(' '));
      return 0;
    }
    let code = 0;
    for (const w of words) {
      const r = expandHistory(w, h);
      if ('error' in r) {
        ctx.err(`-bash: history: ${w}: history expansion failed\n`);
        code = 1;
      } else ctx.out(r.line + '\n');
    }
    return code;
  }
  if (words[0] !== undefined && !/^-?\d+$/.test(words[0])) {
    ctx.err(`-bash: history: ${words[0]}: numeric argument required\n`);
    return 1;
  }
  if (words.length > 1) {
    ctx.err('-bash: history: too many arguments\n');
    return 1;
  }
  const n = words[0] !== undefined ? Math.abs(Number(words[0])) : h.length;
  const start = Math.max(0, h.length - n);
  ctx.out(h.slice(start).map((l, i) => `${String(start + i + 1).padStart(5)}  ${l}\n`).join(''));
  return 0;
}
