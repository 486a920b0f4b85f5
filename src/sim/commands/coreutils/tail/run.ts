// tail of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';
import { countArg } from '../head/run';

def({
  name: 'tail',
  summary: 'output the last part of files',
  *run(ctx) {
    const { n, files } = countArg(new Map(), ctx.args);
    let out = '';
    const code = yield* inputs(ctx, 'tail', files, (t, name) => {
      if (files.length > 1) out += `${out ? '\n' : ''}==> ${name} <==\n`;
      const l = lines(t);
      out += l.slice(Math.max(0, l.length - n)).map((x) => x + '\n').join('');
    });
    ctx.out(out);
    return code;
  },
});
