// export and unset: variables (and with -f, functions) of the shell.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? ctx.args;
  const env = ctx.frame.env;
  if (!words.length) {
    ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k)).sort().map((k) => `declare -x ${k}="${env[k].replace(/(["\\$`])/g, '\\$1')}"\n`).join(''));
    return 0;
  }
  let code = 0;
  for (const a of words) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
    if (!m) {
      ctx.err(`-bash: export: \`${a}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (ctx.opts?.has('n')) continue;
    if (m[2] !== undefined) env[m[1]] = m[2];
    else env[m[1]] ??= '';
  }
  return code;
}

export function* unset(ctx: CommandContext): CommandRun {
  let code = 0;
  for (const a of ctx.operands ?? ctx.args) {
    if (!ctx.opts?.has('f') && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) {
      ctx.err(`-bash: unset: \`${a}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (ctx.opts?.has('f')) delete ctx.frame.functions?.[a];
    else if (a in ctx.frame.env || ctx.opts?.has('v')) delete ctx.frame.env[a];
    else delete ctx.frame.functions?.[a];
  }
  return code;
}
