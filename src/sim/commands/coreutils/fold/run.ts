// fold of GNU coreutils 8.32 (options and help in spec.ts): lines broken at -w columns (80), after the last
// blank with -s; a tab moves to the next multiple of 8 unless -b counts bytes.
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

def({
  name: 'fold',
  summary: 'wrap each input line to fit in specified width',
  *run(ctx) {
    const o = ctx.opts!;
    // -w N, or the obsolete -N
    const legacy = ctx.args.map((a) => /^-(\d+)$/.exec(a)?.[1]).filter(Boolean).pop();
    const width = Number(o.str('width') ?? legacy ?? 80);
    const bytes = o.has('bytes');
    let out = '';
    const code = yield* inputs(ctx, 'fold', ctx.operands ?? [], (t) => {
      for (const line of lines(t)) {
        let cur = '';
        let col = 0;
        for (const ch of line) {
          const w = bytes ? 1 : ch === '\t' ? 8 - (col % 8) : ch === '\b' ? -1 : 1;
          if (col + w > width && cur !== '') {
            if (o.has('spaces')) {
              const at = Math.max(cur.lastIndexOf(' '), cur.lastIndexOf('\t'));
              if (at >= 0) {
                out += cur.slice(0, at + 1) + '\n';
                cur = cur.slice(at + 1);
                col = [...cur].length;
              } else {
                out += cur + '\n';
                cur = '';
                col = 0;
              }
            } else {
              out += cur + '\n';
              cur = '';
              col = 0;
            }
          }
          cur += ch;
          col = Math.max(0, col + w);
        }
        out += cur + '\n';
      }
    });
    ctx.out(out);
    return code;
  },
});
