// env of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';

def({
  name: 'env',
  summary: 'print the environment',
  *run(ctx) {
    const env = ctx.frame.env;
    // what the shell exports: a variable it made itself is left out unless exported (`declare +x` takes it back)
    const attrs = ctx.frame.attrs;
    const exported = (k: string) => attrs?.[k] === undefined || attrs[k].includes('x');
    ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k) && exported(k)).sort().map((k) => `${k}=${env[k]}\n`).join(''));
    return 0;
  },
});
