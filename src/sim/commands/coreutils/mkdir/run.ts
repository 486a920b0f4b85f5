// mkdir of GNU coreutils 8.32 (options and help in spec.ts): -p makes the missing parents, -v announces each
// directory made (the parents too, mkdir.c make_ancestor), -m sets the mode as chmod would over a=rwx.
import { canWrite } from '../../../util';
import { strerror } from '../../../fs';
import { def } from '../../lib/guest';
import { quoteAlways, quote } from '../lib/quote';
import { adjustMode, umaskOf } from '../lib/mode';

def({
  name: 'mkdir',
  summary: 'make directories',
  *run(ctx) {
    const o = ctx.opts!;
    const parents = o.has('parents');
    const verbose = o.has('verbose');
    const modeSpec = o.str('mode');
    let mode: number | null = null;
    if (modeSpec !== undefined) {
      mode = adjustMode(modeSpec, 0o777, umaskOf(ctx.frame, ctx.host));
      if (mode === null) {
        ctx.err(`mkdir: invalid mode ${quote(modeSpec)}\n`);
        return 1;
      }
    }
    const fs = ctx.host.fs;
    let code = 0;
    for (const d of ctx.operands ?? []) {
      const p = ctx.resolve(d);
      if (!canWrite(ctx.frame.user, p + '/')) {
        ctx.err(`mkdir: cannot create directory ${quote(d)}: Permission denied\n`);
        code = 1;
        continue;
      }
      // the parents -p will make, as named on the command line
      const missing: string[] = [];
      if (parents) {
        const parts = d.split('/');
        for (let i = 1; i < parts.length; i++) {
          const prefix = parts.slice(0, i).join('/');
          if (parts[i - 1] !== '' && parts[i - 1] !== '.' && parts[i - 1] !== '..' && !fs.get(ctx.resolve(prefix))) missing.push(prefix);
        }
      }
      const e = fs.mkdir(p, parents);
      if (e === 'EEXIST' && parents) continue;
      if (e) {
        ctx.err(`mkdir: cannot create directory ${quote(d)}: ${strerror(e)}\n`);
        code = 1;
        continue;
      }
      const node = fs.get(p);
      if (mode !== null && node) node.mode = (node.mode & ~0o7777) | mode;
      if (verbose) for (const m of [...missing, d]) ctx.out(`mkdir: created directory ${quoteAlways(m)}\n`);
    }
    return code;
  },
});
