// date of GNU coreutils 8.32 (options and help in spec.ts).
import { tm, two, unixDate } from '../../../util';
import { def } from '../../lib/guest';

def({
  name: 'date',
  summary: 'print or set the system date and time',
  *run(ctx) {
    const f = ctx.args.find((a) => a.startsWith('+'));
    if (f) {
      const t = tm(ctx.world.now);
      ctx.out(
        f.slice(1).replace(/%([YmdHMSsFT])/g, (_, c: string) =>
          c === 'Y' ? String(t.y) : c === 'm' ? two(t.mo + 1) : c === 'd' ? two(t.d) : c === 'H' ? two(t.h) : c === 'M' ? two(t.mi) : c === 'S' ? two(t.s) : c === 's' ? String(Math.floor(ctx.world.now / 1000)) : c === 'F' ? `${t.y}-${two(t.mo + 1)}-${two(t.d)}` : `${two(t.h)}:${two(t.mi)}:${two(t.s)}`,
        ) + '\n',
      );
      return 0;
    }
    ctx.out(unixDate(ctx.world.now) + '\n');
    return 0;
  },
});
