// rm of GNU coreutils 8.32 (options and help in spec.ts).
import { canWrite, parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf } from '../../lib/files';
import { stickyRefuses, writeRefused } from '../../lib/sticky';

def({
  name: 'rm',
  summary: 'remove files or directories',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const force = flags.has('f') || flags.has('force');
    const rec = flags.has('r') || flags.has('R') || flags.has('recursive');
    if (!pos.length) {
      if (force) return 0;
      ctx.err("rm: missing operand\nTry 'rm --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of pos) {
      const p = ctx.resolve(f);
      // a link is removed itself, not what it points at (unless named with a trailing /)
      const node = f.endsWith('/') ? ctx.host.fs.get(p) : ctx.host.fs.lget(p);
      if (!node) {
        if (!force) {
          ctx.err(`rm: cannot remove '${f}': No such file or directory\n`);
          code = 1;
        }
        continue;
      }
      if (node.type === 'dir' && !rec) {
        ctx.err(`rm: cannot remove '${f}': Is a directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`rm: cannot remove '${f}': Permission denied\n`);
        code = 1;
        continue;
      }
      // a file the user may not write: asked about first at a terminal (rm.c prompt()), unless -f
      if (!force && node.type !== 'link' && writeRefused(ctx.host, ctx.frame.user, p) && ctx.stdin === null && !ctx.input && !!ctx.session.jobs) {
        const kind = node.type === 'dir' ? 'directory' : node.type === 'file' && !node.content && !node.zeros ? 'regular empty file' : 'regular file';
        const ans = String(yield { ask: `rm: remove write-protected ${kind} ${quoteaf(f)}? `, stderr: true });
        if (!/^[yY]/.test(ans)) continue;
      }
      if (stickyRefuses(ctx.host, ctx.frame.user, p)) {
        ctx.err(`rm: cannot remove ${quoteaf(f)}: Operation not permitted\n`);
        code = 1;
        continue;
      }
      if (p === '/') {
        ctx.err("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n");
        code = 1;
        continue;
      }
      ctx.host.fs.remove(p, true);
    }
    return code;
  },
});
