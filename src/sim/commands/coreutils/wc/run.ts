// wc of GNU coreutils 8.32 (options and help in spec.ts).
import { byteLength } from '../../../fs';
import { padStart, parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { inputs } from '../../lib/files';

def({
  name: 'wc',
  summary: 'print newline, word, and byte counts',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const want = ['l', 'w', 'c'].filter((f) => flags.has(f));
    const cols = want.length ? want : ['l', 'w', 'c'];
    const rows: { v: number[]; name: string | null }[] = [];
    const code = yield* inputs(ctx, 'wc', pos, (t, name) => {
      const v = cols.map((c) => (c === 'l' ? (t.match(/\n/g) ?? []).length : c === 'w' ? t.split(/\s+/).filter(Boolean).length : byteLength(t)));
      rows.push({ v, name });
    });
    if (rows.length > 1) rows.push({ v: cols.map((_, i) => rows.reduce((s, r) => s + r.v[i], 0)), name: 'total' });
    const single = cols.length === 1 && rows.length === 1;
    const width = single ? 0 : pos.length ? Math.max(1, ...rows.flatMap((r) => r.v.map((x) => String(x).length))) : 7;
    ctx.out(rows.map((r) => r.v.map((x) => padStart(String(x), width)).join(' ') + (r.name ? ' ' + r.name : '') + '\n').join(''));
    return code;
  },
});
