// realpath and readlink of GNU coreutils 8.32 (options and help in spec.ts). The guest's file system has no
// symbolic links: a canonical name is the absolute name with . and .. resolved.
import { strerror } from '../../../fs';
import { def } from '../../lib/guest';

/** The canonical name, or the error of the first component that must exist and does not. */
export function canonical(ctx: Parameters<Parameters<typeof def>[0]['run']>[0], name: string, mode: 'all' | 'parents' | 'none'): string | { errno: 'ENOENT' | 'ENOTDIR' } {
  const abs = ctx.resolve(name);
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  const path = '/' + parts.join('/');
  if (mode !== 'none') {
    for (let i = 1; i <= parts.length; i++) {
      const sub = '/' + parts.slice(0, i).join('/');
      const last = i === parts.length;
      if (last && mode === 'parents') break;
      const st = ctx.host.fs.get(sub);
      if (!st) return { errno: 'ENOENT' };
      if (!last && st.type !== 'dir') return { errno: 'ENOTDIR' };
    }
  }
  return path;
}

def({
  name: 'realpath',
  summary: 'print the resolved path',
  *run(ctx) {
    const o = ctx.opts!;
    const mode = o.has('canonicalize-existing') ? 'all' : o.has('canonicalize-missing') ? 'none' : 'parents';
    const nl = o.has('zero') ? '\0' : '\n';
    let code = 0;
    for (const n of ctx.operands ?? []) {
      const r = canonical(ctx, n, mode);
      if (typeof r === 'string') ctx.out(r + nl);
      else {
        if (!o.has('quiet')) ctx.err(`realpath: ${n}: ${strerror(r.errno)}\n`);
        code = 1;
      }
    }
    return code;
  },
});
