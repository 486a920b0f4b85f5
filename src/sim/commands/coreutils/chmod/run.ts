// chmod of GNU coreutils 8.32 (options and help in spec.ts).
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';

def({
  name: 'chmod',
  summary: 'change file mode bits',
  *run(ctx) {
    const [mode, ...files] = ctx.args.filter((a) => a !== '-R');
    if (!mode || !files.length) {
      ctx.err(mode ? `chmod: missing operand after ‘${mode}’\nTry 'chmod --help' for more information.\n` : "chmod: missing operand\nTry 'chmod --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of files) {
      const p = ctx.resolve(f);
      const n = ctx.host.fs.get(p);
      if (!n) {
        ctx.err(`chmod: cannot access '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`chmod: changing permissions of '${f}': Operation not permitted\n`);
        code = 1;
        continue;
      }
      if (/^[0-7]{3,4}$/.test(mode)) n.mode = parseInt(mode, 8) & 0o777;
      else if (/x/.test(mode)) n.mode = mode.includes('-') ? n.mode & ~0o111 : n.mode | 0o111;
      else if (/w/.test(mode)) n.mode = mode.includes('-') ? n.mode & ~0o222 : n.mode | 0o200;
    }
    return code;
  },
});
