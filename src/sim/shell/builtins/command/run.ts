// command: run a command past functions and aliases; -v says what a name is (a path, or the name of a
// builtin, function or alias), -V says it in words as `type` does.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { traceState } from '../../xtrace';
import { BASH_BUILTINS, KEYWORDS, run as type } from '../type/run';

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? [];
  if (ctx.opts?.has('V')) return yield* type({ ...ctx, opts: undefined, operands: words });
  if (ctx.opts?.has('v')) {
    let code = 0;
    for (const n of words) {
      const alias = ctx.frame.aliases?.[n];
      const d = findCommand('bash', n);
      if (alias !== undefined) ctx.out(`alias ${n}='${alias}'\n`);
      else if (ctx.frame.functions?.[n] || BASH_BUILTINS.has(n) || KEYWORDS.has(n)) ctx.out(n + '\n');
      else if (n.includes('/') && ctx.host.fs.get(ctx.resolve(n))?.type === 'file') ctx.out(n + '\n');
      else if (d && (!d.available || d.available(ctx.host, ctx.world))) ctx.out(`/usr/bin/${n}\n`);
      else code = 1;
    }
    return code;
  }
  if (!words.length) return 0;
  return yield* runPastFunctions(ctx, words);
}

/**
 * Run WORDS with the function of that name (if any) out of the way: `command` and `builtin` reach the builtin or
 * the file. set -x has already shown the line as `command ...` or `builtin ...`: not once more.
 */
export function* runPastFunctions(ctx: CommandContext, words: string[]): CommandRun {
  const fns = ctx.frame.functions;
  const hidden = fns && words[0] in fns ? fns[words[0]] : undefined;
  if (hidden) delete fns![words[0]];
  traceState.skip++;
  try {
    return yield* ctx.runLine(words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' '), ctx.frame);
  } finally {
    if (hidden) fns![words[0]] = hidden;
  }
}
