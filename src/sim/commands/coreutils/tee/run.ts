// tee of GNU coreutils 8.32 (options and help in spec.ts).
import { canWrite, parseFlags } from '../../../util';
import { writeProcSys } from '../../../shell/bash';
import { def } from '../../lib/guest';

def({
  name: 'tee',
  summary: 'read from standard input and write to standard output and files',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const text = ctx.stdin ?? '';
    let code = 0;
    for (const f of pos) {
      const p = ctx.resolve(f);
      const proc = writeProcSys(ctx.host, ctx.frame.user, p, text);
      if (proc === 'ok') continue;
      if (proc === 'missing') {
        ctx.err(`tee: ${f}: No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`tee: ${f}: Permission denied\n`);
        code = 1;
        continue;
      }
      if (ctx.host.fs.write(p, text, flags.has('a') || flags.has('append'))) {
        ctx.err(`tee: ${f}: No such file or directory\n`);
        code = 1;
      }
    }
    ctx.out(text);
    return code;
  },
});
