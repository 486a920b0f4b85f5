// seq of GNU coreutils 8.32 (options and help in spec.ts): FIRST [INCREMENT] LAST, -s, -w; decimals printed
// with the precision of the widest argument, as seq.c does without -f.
import { def } from '../../lib/guest';
import { format } from '../../gawk/values';

/** long_double_format's checks of a -f FORMAT: the error, or null. */
function badFormat(fmt: string): string | null {
  let i = 0;
  for (; !(fmt[i] === '%' && fmt[i + 1] !== '%'); i += fmt[i] === '%' ? 2 : 1) if (i >= fmt.length) return `format ‘${fmt}’ has no % directive`;
  const m = /^%[-+#0 ']*\d*(?:\.\d*)?L?/.exec(fmt.slice(i))!;
  i += m[0].length;
  if (i >= fmt.length) return `format ‘${fmt}’ ends in %`;
  if (!'efgaEFGA'.includes(fmt[i])) return `format ‘${fmt}’ has unknown %${fmt[i]} directive`;
  for (i++; i < fmt.length; i += fmt[i] === '%' ? 2 : 1) if (fmt[i] === '%' && fmt[i + 1] !== '%') return `format ‘${fmt}’ has too many % directives`;
  return null;
}

def({
  name: 'seq',
  summary: 'print a sequence of numbers',
  *run(ctx) {
    const o = ctx.opts!;
    const ops = ctx.operands ?? [];
    for (const a of ops)
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(a.trim())) {
        ctx.err(`seq: invalid floating point argument: ‘${a}’\nTry 'seq --help' for more information.\n`);
        return 1;
      }
    const fmt = o.str('format');
    if (fmt !== undefined) {
      if (o.has('equal-width')) {
        ctx.err(`seq: format string may not be specified when printing equal width strings\nTry 'seq --help' for more information.\n`);
        return 1;
      }
      const bad = badFormat(fmt);
      if (bad) {
        ctx.err(`seq: ${bad}\n`);
        return 1;
      }
    }
    const [first, step, last] = ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
    const dec = (s: string) => (/[eE]/.test(s) ? 0 : (s.split('.')[1] ?? '').length);
    const prec = Math.max(dec(first), dec(step));
    const a = Number(first);
    const d = Number(step);
    const z = Number(last);
    if (d === 0) {
      ctx.err(`seq: invalid Zero increment value: ‘${step}’\nTry 'seq --help' for more information.\n`);
      return 1;
    }
    const sep = o.str('separator') ?? '\n';
    const nums: string[] = [];
    for (let i = 0; nums.length < 1_000_000; i++) {
      const v = a + i * d;
      if (d > 0 ? v > z + 1e-9 : v < z - 1e-9) break;
      nums.push(fmt !== undefined ? format(fmt.replace(/L(?=[efgaEFGA])/, ''), [v]) : v.toFixed(prec));
    }
    if (o.has('equal-width')) {
      const w = Math.max(...nums.map((n) => n.replace('-', '').length), z.toFixed(prec).replace('-', '').length);
      for (let i = 0; i < nums.length; i++) nums[i] = (nums[i].startsWith('-') ? '-' : '') + nums[i].replace('-', '').padStart(w, '0');
    }
    if (nums.length) ctx.out(nums.join(sep) + '\n');
    return 0;
  },
});
