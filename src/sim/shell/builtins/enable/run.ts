// enable: list the builtins (`enable NAME`, `enable -n NAME` for a disabled one; -a all, -n the disabled ones, -s the
// POSIX special ones), or turn builtins off (-n NAME) and on again (enable.def). A disabled builtin is looked up as
// a file in $PATH. Loadable builtins (-f, -d) are not available on the guests.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { BASH_BUILTINS } from '../type/run';

/** mkbuiltins.c special_builtins */
const SPECIAL = new Set([':', '.', 'source', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset']);

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts;
  const names = ctx.operands ?? [];
  const disabled = (ctx.frame.disabled ??= []);
  if (!names.length || o?.has('p')) {
    const all = [...BASH_BUILTINS].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of all) {
      if (o?.has('s') && !SPECIAL.has(n)) continue;
      const off = disabled.includes(n);
      if (!off && (o?.has('a') || !o?.has('n'))) ctx.out(`enable ${n}\n`);
      else if (off && (o?.has('a') || o?.has('n'))) ctx.out(`enable -n ${n}\n`);
    }
    return 0;
  }
  const file = o?.str('f');
  if (file !== undefined) {
    ctx.err(`-bash: enable: cannot open shared object ${file}: ${file}: cannot open shared object file: No such file or directory\n`);
    return 1;
  }
  let code = 0;
  for (const n of names) {
    if (o?.has('d')) {
      ctx.err(`-bash: enable: ${n}: not dynamically loaded\n`);
      code = 1;
      continue;
    }
    if (!BASH_BUILTINS.has(n)) {
      ctx.err(`-bash: enable: ${n}: not a shell builtin\n`);
      code = 1;
      continue;
    }
    const k = disabled.indexOf(n);
    if (o?.has('n')) {
      if (k < 0) disabled.push(n);
    } else if (k >= 0) disabled.splice(k, 1);
  }
  return code;
}
