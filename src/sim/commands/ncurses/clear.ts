// clear (ncurses).
import { def } from '../lib/guest';

def({
  name: 'clear',
  summary: 'clear the terminal screen',
  *run(ctx) {
    ctx.session.clear();
    return 0;
  },
});
