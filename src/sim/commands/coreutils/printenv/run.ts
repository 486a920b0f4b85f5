// printenv of GNU coreutils 8.32 (options and help in spec.ts): every variable, or the values of those named
// (exit 1 when one is not set); -0 ends each with NUL instead of a newline.
import { def } from '../../lib/guest';
import { environment } from '../../../shell/environ';

def({
  name: 'printenv',
  summary: 'print all or part of environment',
  *run(ctx) {
    const end = ctx.opts?.has('null') ? '\0' : '\n';
    const names = ctx.operands ?? ctx.args;
    // what the shell hands it, in bash's order (shell/environ.ts): exported variables, functions, `_`
    const env = new Map(environment(ctx.frame, '/usr/bin/printenv', ctx.frame.tempEnv));
    if (!names.length) {
      ctx.out([...env].map(([k, v]) => `${k}=${v}${end}`).join(''));
      return 0;
    }
    let code = 0;
    for (const n of names) {
      const v = n.includes('=') ? undefined : env.get(n);
      if (v === undefined) code = 1;
      else ctx.out(v + end);
    }
    return code;
  },
});
