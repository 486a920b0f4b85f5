// readlink of GNU coreutils 8.32 (options and help in spec.ts). Without -f/-e/-m it prints a symbolic link's
// target; for anything else it prints nothing and fails (-v says why).
import { strerror } from '../../../fs';
import { def } from '../../lib/guest';
import { quotef } from '../../lib/files';
import { canonical } from '../realpath/run';

def({
  name: 'readlink',
  summary: 'print resolved symbolic links or canonical file names',
  *run(ctx) {
    const o = ctx.opts!;
    const ops = ctx.operands ?? [];
    const mode = o.has('canonicalize') ? 'parents' : o.has('canonicalize-existing') ? 'all' : o.has('canonicalize-missing') ? 'none' : null;
    if (o.has('no-newline') && ops.length > 1) ctx.err('readlink: ignoring --no-newline with multiple arguments\n');
    const nl = o.has('zero') ? '\0' : o.has('no-newline') && ops.length === 1 ? '' : '\n';
    let code = 0;
    for (const n of ops) {
      const r = mode ? canonical(ctx, n, mode) : ctx.host.fs.readlink(ctx.resolve(n));
      if (typeof r === 'string' && !/^E[A-Z]+$/.test(r)) ctx.out(r + nl);
      else {
        const errno = typeof r === 'string' ? r : r.errno;
        if (o.has('verbose')) ctx.err(`readlink: ${quotef(n)}: ${strerror(errno as 'ENOENT')}\n`);
        code = 1;
      }
    }
    return code;
  },
});
