// env of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';

def({
  name: 'env',
  aliases: ['printenv'],
  summary: 'print the environment',
  *run(ctx) {
    const env = ctx.frame.env;
    if (ctx.name === 'printenv' && ctx.args[0]) {
      const v = env[ctx.args[0]];
      if (v === undefined) return 1;
      ctx.out(v + '\n');
      return 0;
    }
    ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k)).sort().map((k) => `${k}=${env[k]}\n`).join(''));
    return 0;
  },
});
