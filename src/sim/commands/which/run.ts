// which (GNU which 2.21).
import { def, BUILTINS, findBash } from '../lib/guest';
import { binDir } from '../lib/paths';

def({
  name: 'which',
  summary: 'shows the full path of (shell) commands',
  *run(ctx) {
    let code = 0;
    for (const a of ctx.args) {
      const d = findBash(a);
      if (d && (!d.available || d.available(ctx.host, ctx.world)) && !BUILTINS.has(a)) ctx.out(`${binDir(a)}/${a}\n`);
      else {
        ctx.err(`/usr/bin/which: no ${a} in (${ctx.frame.env.PATH ?? ''})\n`);
        code = 1;
      }
    }
    return code;
  },
});
