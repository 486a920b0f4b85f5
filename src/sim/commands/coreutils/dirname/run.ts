// dirname of GNU coreutils 8.32 (options and help in spec.ts): each NAME without its last component.
import { def } from '../../lib/guest';

export function dirOf(name: string): string {
  const t = name.replace(/\/+$/, '');
  if (t === '') return name.startsWith('/') ? '/' : '.';
  const i = t.lastIndexOf('/');
  if (i < 0) return '.';
  const d = t.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

def({
  name: 'dirname',
  summary: 'strip last component from file name',
  *run(ctx) {
    const nl = ctx.opts!.has('zero') ? '\0' : '\n';
    ctx.out((ctx.operands ?? []).map((n) => dirOf(n) + nl).join(''));
    return 0;
  },
});
