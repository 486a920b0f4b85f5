// alias and unalias, the bash builtins.
import { def } from '../lib/guest';

def({
  name: 'alias',
  summary: 'define or display aliases',
  *run(ctx) {
    const aliases = (ctx.frame.aliases ??= {});
    if (!ctx.args.length) {
      ctx.out(Object.keys(aliases).sort().map((k) => `alias ${k}='${aliases[k]}'\n`).join(''));
      return 0;
    }
    let code = 0;
    for (const a of ctx.args) {
      const eq = a.indexOf('=');
      if (eq > 0) aliases[a.slice(0, eq)] = a.slice(eq + 1);
      else if (aliases[a] !== undefined) ctx.out(`alias ${a}='${aliases[a]}'\n`);
      else {
        ctx.err(`-bash: alias: ${a}: not found\n`);
        code = 1;
      }
    }
    return code;
  },
});

def({
  name: 'unalias',
  summary: 'remove alias definitions',
  *run(ctx) {
    let code = 0;
    for (const a of ctx.args) {
      if (ctx.frame.aliases?.[a] !== undefined) delete ctx.frame.aliases[a];
      else {
        ctx.err(`-bash: unalias: ${a}: not found\n`);
        code = 1;
      }
    }
    return code;
  },
});
