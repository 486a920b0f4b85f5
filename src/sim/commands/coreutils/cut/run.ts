// cut of GNU coreutils 8.32 (options and help in spec.ts): -b, -c, -f with -d, -s, --complement,
// --output-delimiter; the list syntax and errors of set-fields.c.
import { def } from '../../lib/guest';
import { inputs, lines } from '../../lib/files';

type Range = [number, number];

/** set_fields(): "N", "N-", "-M", "N-M" separated by commas or blanks; the ranges sorted and merged. */
function parseList(spec: string, fields: boolean): Range[] | string {
  const what = (f: string, p: string) => (fields ? f : p);
  const out: Range[] = [];
  for (const part of spec.split(/[,\s]+/)) {
    if (part === '') return what('fields are numbered from 1', 'byte/character positions are numbered from 1');
    if (part === '-') return 'invalid range with no endpoint: -';
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m) return what(`invalid field value ‘${part.replace(/[-\d].*$/, '') || part}’`, `invalid byte/character position ‘${part.replace(/[-\d].*$/, '') || part}’`);
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : lo;
    if ((m[1] !== '' && lo === 0) || (m[3] !== '' && Number(m[3]) === 0)) return what('fields are numbered from 1', 'byte/character positions are numbered from 1');
    if (hi < lo) return 'invalid decreasing range';
    out.push([lo, hi]);
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

def({
  name: 'cut',
  summary: 'remove sections from each line of files',
  *run(ctx) {
    const o = ctx.opts!;
    const usage = (msg: string) => {
      ctx.err(`cut: ${msg}\nTry 'cut --help' for more information.\n`);
      return 1;
    };
    const lists = ['bytes', 'characters', 'fields'].filter((k) => o.has(k));
    if (lists.length > 1 || o.list.filter((x) => ['bytes', 'characters', 'fields'].includes(x.key)).length > 1) return usage('only one type of list may be specified');
    const delim = o.str('delimiter');
    if (delim !== undefined && [...delim].length > 1) return usage('the delimiter must be a single character');
    if (!lists.length) return usage('you must specify a list of bytes, characters, or fields');
    const fields = lists[0] === 'fields';
    if (delim !== undefined && !fields) return usage('an input delimiter may be specified only when operating on fields');
    if (o.has('only-delimited') && !fields) return usage('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
    const list = parseList(o.str(lists[0])!, fields);
    if (typeof list === 'string') return usage(list);
    const complement = o.has('complement');
    const picked = (i: number) => list.some(([lo, hi]) => i >= lo && i <= hi) !== complement;
    const d = delim === undefined ? '\t' : delim === '' ? '\0' : delim;
    const outDelim = o.str('output-delimiter');
    let out = '';
    const code = yield* inputs(ctx, 'cut', ctx.operands ?? [], (t) => {
      for (const line of lines(t)) {
        if (fields) {
          if (!line.includes(d)) {
            if (!o.has('only-delimited')) out += line + '\n';
            continue;
          }
          out += line.split(d).filter((_, i) => picked(i + 1)).join(outDelim ?? d) + '\n';
        } else {
          // -b and -c alike (bytes); with --output-delimiter between ranges that do not touch
          const chars = [...line];
          let s = '';
          let prev = -2;
          chars.forEach((c, i) => {
            if (!picked(i + 1)) return;
            if (outDelim !== undefined && prev >= 0 && i !== prev + 1) s += outDelim;
            s += c;
            prev = i;
          });
          out += s + '\n';
        }
      }
    });
    ctx.out(out);
    return code;
  },
});
