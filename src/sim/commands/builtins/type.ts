// type, the bash builtin.
import { def, BUILTINS, findBash } from '../lib/guest';

def({
  name: 'type',
  summary: 'display information about command type',
  *run(ctx) {
    let code = 0;
    for (const a of ctx.args) {
      const d = findBash(a);
      if (!d || (d.available && !d.available(ctx.host, ctx.world))) {
        ctx.err(`-bash: type: ${a}: not found\n`);
        code = 1;
      } else ctx.out(BUILTINS.has(a) ? `${a} is a shell builtin\n` : `${a} is /usr/bin/${a}\n`);
    }
    return code;
  },
});
