// uniq of GNU coreutils 8.32 (options and help in spec.ts).
import { padStart, parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

def({
  name: 'uniq',
  summary: 'report or omit repeated lines',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    let all: string[] = [];
    const code = yield* inputs(ctx, 'uniq', pos, (t) => (all = all.concat(lines(t))));
    const out: [string, number][] = [];
    for (const l of all) {
      if (out.length && out[out.length - 1][0] === l) out[out.length - 1][1]++;
      else out.push([l, 1]);
    }
    ctx.out(out.map(([l, n]) => (flags.has('c') ? `${padStart(String(n), 7)} ${l}` : l) + '\n').join(''));
    return code;
  },
});
