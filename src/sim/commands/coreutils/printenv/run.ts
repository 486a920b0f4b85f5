// printenv of GNU coreutils 8.32 (options and help in spec.ts): every variable, or the values of those named
// (exit 1 when one is not set); -0 ends each with NUL instead of a newline.
import { def } from '../../lib/guest';

def({
  name: 'printenv',
  summary: 'print all or part of environment',
  *run(ctx) {
    const env = ctx.frame.env;
    const end = ctx.opts?.has('null') ? '\0' : '\n';
    const names = ctx.operands ?? ctx.args;
    // what the shell exports: a variable it made itself is left out unless exported
    const attrs = ctx.frame.attrs;
    const exported = (k: string) => attrs?.[k] === undefined || attrs[k].includes('x');
    if (!names.length) {
      ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k) && exported(k)).sort().map((k) => `${k}=${env[k]}${end}`).join(''));
      return 0;
    }
    let code = 0;
    for (const n of names) {
      const v = n.includes('=') || !exported(n) ? undefined : env[n];
      if (v === undefined) code = 1;
      else ctx.out(v + end);
    }
    return code;
  },
});
