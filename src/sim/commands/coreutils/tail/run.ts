// tail of GNU coreutils 8.32 (options and help in spec.ts): -n [+]N lines or -c [+]N bytes, -q/-v headers.
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';
import { fromBytes, toBytes } from '../../lib/bytes';
import { countArg, headers } from '../head/run';

def({
  name: 'tail',
  summary: 'output the last part of files',
  *run(ctx) {
    const c = countArg(new Map(), ctx.args);
    if (c.invalid) {
      ctx.err(`tail: ${c.invalid}\n`);
      return 1;
    }
    let out = '';
    const code = yield* inputs(ctx, 'tail', c.files, (t, name) => {
      if (headers(c)) out += `${out ? '\n' : ''}==> ${name ?? 'standard input'} <==\n`;
      if (c.bytes) {
        const b = toBytes(t);
        out += fromBytes(c.sign === '+' ? b.subarray(Math.max(0, c.n - 1)) : b.subarray(Math.max(0, b.length - c.n)));
        return;
      }
      const l = lines(t);
      const keep = c.sign === '+' ? l.slice(Math.max(0, c.n - 1)) : l.slice(Math.max(0, l.length - c.n));
      out += keep.map((x) => x + '\n').join('');
    });
    ctx.out(out);
    return code;
  },
});
