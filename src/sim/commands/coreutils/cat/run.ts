// cat of GNU coreutils 8.32 (options and help in spec.ts).
import { padStart, parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

def({
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    let out = '';
    const code = yield* inputs(ctx, 'cat', pos, (t) => {
      if (flags.has('n')) out += lines(t).map((l, i) => `${padStart(String(i + 1), 6)}\t${l}\n`).join('');
      else out += t;
    });
    ctx.out(out);
    return code;
  },
});
