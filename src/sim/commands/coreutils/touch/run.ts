// touch of GNU coreutils 8.32 (options and help in spec.ts).
import { canWrite, parseFlags } from '../../../util';
import { def } from '../../lib/guest';

def({
  name: 'touch',
  summary: 'change file timestamps',
  *run(ctx) {
    const { pos } = parseFlags(ctx.args);
    if (!pos.length) {
      ctx.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of pos) {
      const p = ctx.resolve(f);
      const node = ctx.host.fs.get(p);
      if (node) {
        if (!canWrite(ctx.frame.user, p)) {
          ctx.err(`touch: cannot touch '${f}': Permission denied\n`);
          code = 1;
          continue;
        }
        node.mtime = ctx.world.now;
        continue;
      }
      if (!ctx.host.fs.isDir(ctx.host.fs.dirname(p))) {
        ctx.err(`touch: cannot touch '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`touch: cannot touch '${f}': Permission denied\n`);
        code = 1;
        continue;
      }
      ctx.host.fs.write(p, '');
    }
    return code;
  },
});
