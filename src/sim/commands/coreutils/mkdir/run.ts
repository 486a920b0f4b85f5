// mkdir of GNU coreutils 8.32 (options and help in spec.ts).
import { canWrite, parseFlags } from '../../../util';
import { strerror } from '../../../fs';
import { def } from '../../lib/guest';

def({
  name: 'mkdir',
  summary: 'make directories',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    if (!pos.length) {
      ctx.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const d of pos) {
      const p = ctx.resolve(d);
      if (!canWrite(ctx.frame.user, p + '/')) {
        ctx.err(`mkdir: cannot create directory ‘${d}’: Permission denied\n`);
        code = 1;
        continue;
      }
      const e = ctx.host.fs.mkdir(p, flags.has('p') || flags.has('parents'));
      if (e === 'EEXIST' && (flags.has('p') || flags.has('parents'))) continue;
      if (e) {
        ctx.err(`mkdir: cannot create directory ‘${d}’: ${strerror(e)}\n`);
        code = 1;
      } else if (flags.has('v')) ctx.out(`mkdir: created directory '${d}'\n`);
    }
    return code;
  },
});
