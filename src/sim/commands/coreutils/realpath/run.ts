// realpath and readlink of GNU coreutils 8.32 (options and help in spec.ts): canonical names, symbolic links
// followed as canonicalize_filename_mode does.
import { strerror } from '../../../fs';
import { def } from '../../lib/guest';

/** The canonical name, or the error of the first component that must exist and does not. */
export function canonical(ctx: Parameters<Parameters<typeof def>[0]['run']>[0], name: string, mode: 'all' | 'parents' | 'none'): string | { errno: 'ENOENT' | 'ENOTDIR' } {
  const fs = ctx.host.fs;
  const segs = ctx.resolve(name).split('/').filter(Boolean);
  let cur = '/';
  let missing = false;
  for (let i = 0; i < segs.length; i++) {
    const last = i === segs.length - 1;
    const next = cur === '/' ? '/' + segs[i] : cur + '/' + segs[i];
    const r = missing ? 'ENOENT' : fs.lookup(next);
    if (typeof r !== 'string') {
      cur = r.path;
      continue;
    }
    if (mode === 'all' || (mode === 'parents' && !last)) return { errno: r === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT' };
    missing = true;
    cur = next;
  }
  return cur;
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
