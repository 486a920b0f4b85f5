// paste of GNU coreutils 8.32 (options and help in spec.ts): lines of the files side by side, or each file on
// one line with -s; -d's delimiters taken in turn (\n, \t, \\ and \0 as escapes); `-` reads standard input.
import { def } from '../../lib/guest';
import { lines, readFile, coreErr } from '../../lib/files';

function delims(spec: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === '\\' && i + 1 < spec.length) {
      const n = spec[++i];
      out.push(n === 'n' ? '\n' : n === 't' ? '\t' : n === '0' ? '' : n);
    } else out.push(spec[i]);
  }
  return out.length ? out : [''];
}

def({
  name: 'paste',
  summary: 'merge lines of files',
  *run(ctx) {
    const o = ctx.opts!;
    const ds = delims(o.str('delimiters') ?? '\t');
    const names = ctx.operands?.length ? ctx.operands : ['-'];
    // standard input named more than once is read a line at a time by each in turn
    const stdin = lines(ctx.stdin ?? '');
    let stdinPos = 0;
    const dashes = names.filter((n) => n === '-').length;
    const cols: string[][] = [];
    let code = 0;
    for (const n of names) {
      if (n === '-') {
        cols.push([]);
        continue;
      }
      const r = readFile(ctx, ctx.resolve(n));
      if (!r.ok) {
        ctx.err(coreErr('paste', n, r.errno));
        return 1;
      }
      cols.push(lines(r.text));
    }
    if (dashes) {
      const idx = names.map((n, i) => (n === '-' ? i : -1)).filter((i) => i >= 0);
      if (o.has('serial')) cols[idx[0]] = stdin;
      else while (stdinPos < stdin.length) for (const i of idx) cols[i].push(stdin[stdinPos++] ?? '');
    }
    let out = '';
    if (o.has('serial')) {
      for (const c of cols) out += c.map((l, i) => (i ? ds[(i - 1) % ds.length] : '') + l).join('') + '\n';
    } else {
      const rows = Math.max(0, ...cols.map((c) => c.length));
      for (let r = 0; r < rows; r++) out += cols.map((c, i) => (i ? ds[(i - 1) % ds.length] : '') + (c[r] ?? '')).join('') + '\n';
    }
    ctx.out(out);
    return code;
  },
});
