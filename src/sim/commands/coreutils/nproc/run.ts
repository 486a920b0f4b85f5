// nproc of GNU coreutils 8.32 (options and help in spec.ts): the guest's processors, less --ignore=N.
import { def } from '../../lib/guest';

def({
  name: 'nproc',
  summary: 'print the number of processing units available',
  *run(ctx) {
    const n = ctx.host.sys?.cpus ?? 1;
    const ignore = Number(ctx.opts!.str('ignore') ?? 0);
    if (!Number.isInteger(ignore) || ignore < 0) {
      ctx.err(`nproc: invalid number: ‘${ctx.opts!.str('ignore')}’\n`);
      return 1;
    }
    ctx.out(`${Math.max(1, n - ignore)}\n`);
    return 0;
  },
});
