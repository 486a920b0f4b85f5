// rmdir of GNU coreutils 8.32 (options and help in spec.ts): empty directories, -p for their parents, -v and
// --ignore-fail-on-non-empty, with rmdir.c's messages.
import { strerror, type FsError } from '../../../fs';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf } from '../../lib/files';

def({
  name: 'rmdir',
  summary: 'remove empty directories',
  *run(ctx) {
    const o = ctx.opts!;
    const fs = ctx.host.fs;
    const verbose = o.has('verbose');
    const ignore = o.has('ignore-fail-on-non-empty');
    /** rmdir(2): null or the errno. */
    const rmdir = (name: string): FsError | null => {
      const abs = ctx.resolve(name);
      // rmdir(2) does not follow a link at the end, even with a trailing slash
      const node = fs.lget(abs);
      if (!node) return fs.lookup(abs, true) === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
      if (node.type !== 'dir') return 'ENOTDIR';
      if (ctx.host.fs.kids(node).size) return 'ENOTEMPTY';
      if (abs === '/') return 'EBUSY';
      if (!canWrite(ctx.frame.user, abs)) return 'EACCES';
      return fs.remove(abs);
    };
    let ok = true;
    for (const dir of ctx.operands ?? []) {
      if (verbose) ctx.out(`rmdir: removing directory, ${quoteaf(dir)}\n`);
      const e = rmdir(dir);
      if (e) {
        if (ignore && e === 'ENOTEMPTY') continue;
        ctx.err(`rmdir: failed to remove ${quoteaf(dir)}: ${strerror(e)}\n`);
        ok = false;
        continue;
      }
      if (!o.has('path')) continue;
      // remove_parents: each leading part, rightmost first, until one fails
      let d = dir.replace(/\/+$/, '');
      for (;;) {
        const slash = d.lastIndexOf('/');
        if (slash < 0) break;
        d = d.slice(0, slash).replace(/\/+$/, '');
        if (d === '') break;
        if (verbose) ctx.out(`rmdir: removing directory, ${quoteaf(d)}\n`);
        const pe = rmdir(d);
        if (pe) {
          if (!(ignore && pe === 'ENOTEMPTY')) {
            ctx.err(`rmdir: failed to remove directory ${quoteaf(d)}: ${strerror(pe)}\n`);
            ok = false;
          }
          break;
        }
      }
    }
    return ok ? 0 : 1;
  },
});
