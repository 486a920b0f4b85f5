// tac of GNU coreutils 8.32 (options and help in spec.ts): the lines of each file, last first.
import { def } from '../../lib/guest';
import { inputs } from '../../lib/files';

def({
  name: 'tac',
  summary: 'concatenate and print files in reverse',
  *run(ctx) {
    let out = '';
    const code = yield* inputs(ctx, 'tac', ctx.operands ?? [], (t) => {
      if (!t) return;
      // the separator ends each record; a last record without one is printed first, as it is
      const recs = t.split(/(?<=\n)/);
      out += recs.reverse().join('');
    });
    ctx.out(out);
    return code;
  },
});
