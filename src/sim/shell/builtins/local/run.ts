// local: variables of the function being run; the values they hide come back when it returns.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export function* run(ctx: CommandContext): CommandRun {
  const scopes = ctx.frame.locals;
  const scope = scopes?.[scopes.length - 1];
  if (!scope || !ctx.frame.funcs) {
    ctx.err('-bash: local: can only be used in a function\n');
    return 1;
  }
  let code = 0;
  for (const w of ctx.args) {
    if (w.startsWith('-') || w.startsWith('+')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(w);
    if (!m) {
      ctx.err(`-bash: local: \`${w}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    const [, name, value] = m;
    if (!scope.has(name)) scope.set(name, ctx.frame.env[name]);
    if (value !== undefined) ctx.frame.env[name] = value;
    else if (!(name in ctx.frame.env) || scope.get(name) !== undefined) ctx.frame.env[name] = '';
  }
  return code;
}
