// env of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';

def({
  name: 'env',
  summary: 'print the environment',
  *run(ctx) {
    const env = ctx.frame.env;
    ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k)).sort().map((k) => `${k}=${env[k]}\n`).join(''));
    return 0;
  },
});
