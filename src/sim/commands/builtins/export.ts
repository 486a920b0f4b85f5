// export and unset, the bash builtins.
import { def } from '../lib/guest';

def({
  name: 'export',
  summary: 'set export attribute for shell variables',
  *run(ctx) {
    if (!ctx.args.length || ctx.args[0] === '-p') {
      const env = ctx.frame.env;
      ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k)).sort().map((k) => `declare -x ${k}="${env[k]}"\n`).join(''));
      return 0;
    }
    let code = 0;
    for (const a of ctx.args) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
      if (!m) {
        ctx.err(`-bash: export: \`${a}': not a valid identifier\n`);
        code = 1;
        continue;
      }
      if (m[2] !== undefined) ctx.frame.env[m[1]] = m[2];
      else ctx.frame.env[m[1]] ??= '';
    }
    return code;
  },
});

def({
  name: 'unset',
  summary: 'unset values and attributes of shell variables',
  *run(ctx) {
    for (const a of ctx.args) delete ctx.frame.env[a];
    return 0;
  },
});
