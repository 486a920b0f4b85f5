// alias and unalias: define, show and remove aliases (`alias ll='ls -l'`).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

/** An alias as bash shows it, single-quoted. */
export const aliasLine = (name: string, value: string) => `alias ${name}='${value.replace(/'/g, `'\\''`)}'\n`;

export function* run(ctx: CommandContext): CommandRun {
  const aliases = (ctx.frame.aliases ??= {});
  const words = ctx.operands ?? ctx.args;
  if (!words.length || ctx.opts?.has('p')) ctx.out(Object.keys(aliases).sort().map((k) => aliasLine(k, aliases[k])).join(''));
  let code = 0;
  for (const a of words) {
    const eq = a.indexOf('=');
    if (eq > 0) aliases[a.slice(0, eq)] = a.slice(eq + 1);
    else if (aliases[a] !== undefined) ctx.out(aliasLine(a, aliases[a]));
    else {
      ctx.err(`-bash: alias: ${a}: not found\n`);
      code = 1;
    }
  }
  return code;
}

export function* unalias(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? ctx.args;
  if (ctx.opts?.has('a')) {
    ctx.frame.aliases = {};
    return 0;
  }
  if (!words.length) {
    ctx.err('unalias: usage: unalias [-a] name [name ...]\n');
    return 2;
  }
  let code = 0;
  for (const a of words) {
    if (ctx.frame.aliases?.[a] !== undefined) delete ctx.frame.aliases[a];
    else {
      ctx.err(`-bash: unalias: ${a}: not found\n`);
      code = 1;
    }
  }
  return code;
}
