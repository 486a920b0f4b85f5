// basename of GNU coreutils 8.32 (options and help in spec.ts): NAME [SUFFIX], -a, -s SUFFIX, -z.
import { def } from '../../lib/guest';

export function baseOf(name: string, suffix?: string): string {
  if (name === '') return '';
  const t = name.replace(/\/+$/, '');
  if (t === '') return '/';
  let b = t.slice(t.lastIndexOf('/') + 1);
  if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
  return b;
}

def({
  name: 'basename',
  summary: 'strip directory and suffix from filenames',
  *run(ctx) {
    const o = ctx.opts!;
    const ops = ctx.operands ?? [];
    const nl = o.has('zero') ? '\0' : '\n';
    const suffix = o.str('suffix');
    const multi = o.has('multiple') || suffix !== undefined;
    if (!multi && ops.length > 2) {
      ctx.err(`basename: extra operand ‘${ops[2]}’\nTry 'basename --help' for more information.\n`);
      return 1;
    }
    if (multi) ctx.out(ops.map((n) => baseOf(n, suffix) + nl).join(''));
    else ctx.out(baseOf(ops[0], ops[1]) + nl);
    return 0;
  },
});
