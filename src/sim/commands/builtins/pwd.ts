// pwd, the bash builtin.
import { def } from '../lib/guest';

def({
  name: 'pwd',
  summary: 'print name of current/working directory',
  *run(ctx) {
    ctx.out(ctx.frame.cwd + '\n');
    return 0;
  },
});
