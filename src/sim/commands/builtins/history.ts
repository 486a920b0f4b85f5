// history, the bash builtin.
import { padStart } from '../../util';
import { def } from '../lib/guest';

def({
  name: 'history',
  summary: 'display the command history list',
  *run(ctx) {
    if (ctx.args[0] === '-c') {
      ctx.frame.history.length = 0;
      return 0;
    }
    const h = ctx.frame.history;
    const n = ctx.args[0] && /^\d+$/.test(ctx.args[0]) ? Number(ctx.args[0]) : h.length;
    const start = Math.max(0, h.length - n);
    ctx.out(h.slice(start).map((l, i) => `${padStart(String(start + i + 1), 5)}  ${l}\n`).join(''));
    return 0;
  },
});
