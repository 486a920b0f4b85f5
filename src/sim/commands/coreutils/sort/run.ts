// sort of GNU coreutils 8.32 (options and help in spec.ts).
import { parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

def({
  name: 'sort',
  summary: 'sort lines of text files',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    let all: string[] = [];
    const code = yield* inputs(ctx, 'sort', pos, (t) => (all = all.concat(lines(t))));
    if (flags.has('n')) all.sort((a, b) => (parseFloat(a) || 0) - (parseFloat(b) || 0));
    else all.sort((a, b) => a.localeCompare(b));
    if (flags.has('r')) all.reverse();
    if (flags.has('u')) all = all.filter((x, i) => i === 0 || x !== all[i - 1]);
    ctx.out(all.map((l) => l + '\n').join(''));
    return code;
  },
});
