// whoami of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';

def({
  name: 'whoami',
  summary: 'print effective user name',
  *run(ctx) {
    ctx.out(ctx.frame.user + '\n');
    return 0;
  },
});
