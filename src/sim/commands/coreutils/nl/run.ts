// nl of GNU coreutils 8.32 (options and help in spec.ts): body lines numbered by -b (t: non-empty, a: all,
// n: none), -w width, -s separator, -v start, -i increment, -n ln/rn/rz.
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

def({
  name: 'nl',
  summary: 'number lines of files',
  *run(ctx) {
    const o = ctx.opts!;
    const style = o.str('body-numbering') ?? 't';
    if (!/^[atn]$/.test(style)) {
      ctx.err(`nl: invalid body numbering style: ‘${style}’\nTry 'nl --help' for more information.\n`);
      return 1;
    }
    const width = Number(o.str('number-width') ?? 6);
    const sep = o.str('number-separator') ?? '\t';
    const fmt = o.str('number-format') ?? 'rn';
    let n = Number(o.str('starting-line-number') ?? 1);
    const inc = Number(o.str('line-increment') ?? 1);
    let out = '';
    const code = yield* inputs(ctx, 'nl', ctx.operands ?? [], (t) => {
      for (const l of lines(t)) {
        const numbered = style === 'a' || (style === 't' && l !== '');
        if (!numbered) {
          out += ' '.repeat(width + sep.length) + l + '\n';
          continue;
        }
        const s = String(n);
        out += (fmt === 'ln' ? s.padEnd(width) : fmt === 'rz' ? s.padStart(width, '0') : s.padStart(width)) + sep + l + '\n';
        n += inc;
      }
    });
    ctx.out(out);
    return code;
  },
});
