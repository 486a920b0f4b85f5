// rm of GNU coreutils 8.32 (options and help in spec.ts): remove.c's walk (a directory's entries before the
// directory), its prompts (-i, -I, a write-protected file at a terminal) and -v's "removed" lines.
import type { CommandContext } from '../../../context';
import type { FsNode } from '../../../fs';
import type { Yield } from '../../../types';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf } from '../../lib/files';
import { stickyRefuses, writeRefused } from '../../lib/sticky';
import { readdirNodes } from '../../lib/readdir';

/** gnulib's file_type(): the kind a prompt names. */
function fileType(node: FsNode): string {
  if (node.type === 'dir') return 'directory';
  if (node.type === 'link') return 'symbolic link';
  const fmt = node.mode & 0o170000;
  if (fmt === 0o010000) return 'fifo';
  if (fmt === 0o140000) return 'socket';
  if (fmt === 0o020000) return 'character special file';
  if (fmt === 0o060000) return 'block special file';
  return !node.content && !node.zeros ? 'regular empty file' : 'regular file';
}

def({
  name: 'rm',
  summary: 'remove files or directories',
  *run(ctx) {
    const o = ctx.opts!;
    const pos = ctx.operands ?? [];
    // the last of -f, -i, -I and --interactive[=WHEN] decides (rm.c)
    let mode: 'never' | 'always' | 'once' | 'tty' = 'tty';
    let force = false;
    for (const x of o.list) {
      if (x.key === 'force') (mode = 'never'), (force = true);
      else if (x.key === 'i') (mode = 'always'), (force = false);
      else if (x.key === 'I') (mode = 'once'), (force = false);
      else if (x.key === 'interactive') {
        const w = x.value === true ? 'always' : x.value;
        mode = ['never', 'no', 'none'].includes(w) ? 'never' : ['once'].includes(w) ? 'once' : 'always';
        if (mode !== 'never') force = false;
      }
    }
    const rec = o.has('recursive') || o.has('R');
    const dirs = o.has('dir');
    const verbose = o.has('verbose');
    const fs = ctx.host.fs;
    const tty = ctx.stdin === null && !ctx.input && !!ctx.session.jobs;
    // yesno(): a line from standard input, the terminal's or the pipe's
    const piped = ctx.stdin !== null ? ctx.stdin.split('\n') : null;
    let at = 0;
    function* yesno(prompt: string): Generator<Yield, boolean, unknown> {
      if (piped) {
        ctx.err(prompt);
        return at < piped.length && (at < piped.length - 1 || piped[at] !== '') && /^[yY]/.test(piped[at++]);
      }
      return /^[yY]/.test(String(yield { ask: prompt, stderr: true }));
    }
    if (!pos.length) {
      if (force) return 0;
      ctx.err("rm: missing operand\nTry 'rm --help' for more information.\n");
      return 1;
    }
    if (mode === 'once' && (rec || pos.length > 3)) {
      const n = pos.length;
      if (!(yield* yesno(`rm: remove ${n} argument${n === 1 ? '' : 's'}${rec ? ' recursively' : ''}? `))) return 0;
    }
    let code = 0;
    /** One entry (a directory's after its contents): true when it went. */
    function* remove(shown: string, p: string, node: FsNode, top: boolean): Generator<Yield, boolean, unknown> {
      const protectedFile = node.type !== 'link' && (mode === 'always' || (mode !== 'never' && tty)) && writeRefused(ctx.host, ctx.frame.user, p);
      const ask = mode === 'always' || protectedFile;
      const wp = protectedFile ? 'write-protected ' : '';
      if (node.type === 'dir') {
        const kids = readdirNodes(fs, node);
        if (kids.length) {
          if (!rec) {
            ctx.err(`rm: cannot remove ${quoteaf(shown)}: ${dirs ? 'Directory not empty' : 'Is a directory'}\n`);
            code = 1;
            return false;
          }
          if (ask && !(yield* yesno(`rm: descend into ${wp}directory ${quoteaf(shown)}? `))) return false;
          let all = true;
          for (const k of kids) {
            const kp = fs.join(p, k.name);
            if (!(yield* remove(`${shown.replace(/\/+$/, '')}/${k.name}`, kp, k, false))) all = false;
          }
          if (!all) return false;
        } else if (!rec && !dirs) {
          ctx.err(`rm: cannot remove ${quoteaf(shown)}: Is a directory\n`);
          code = 1;
          return false;
        }
      }
      if (ask && !(yield* yesno(`rm: remove ${wp}${fileType(node)} ${quoteaf(shown)}? `))) return false;
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`rm: cannot remove ${quoteaf(shown)}: Permission denied\n`);
        code = 1;
        return false;
      }
      if (stickyRefuses(ctx.host, ctx.frame.user, p)) {
        ctx.err(`rm: cannot remove ${quoteaf(shown)}: Operation not permitted\n`);
        code = 1;
        return false;
      }
      if (top && p === '/') {
        ctx.err("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n");
        code = 1;
        return false;
      }
      fs.remove(p, true);
      if (verbose) ctx.out(node.type === 'dir' ? `removed directory ${quoteaf(shown)}\n` : `removed ${quoteaf(shown)}\n`);
      return true;
    }
    for (const f of pos) {
      const p = ctx.resolve(f);
      // a link is removed itself, not what it points at (unless named with a trailing /)
      const node = f.endsWith('/') ? fs.get(p) : fs.lget(p);
      if (!node) {
        if (!force) {
          ctx.err(`rm: cannot remove '${f}': No such file or directory\n`);
          code = 1;
        }
        continue;
      }
      if (p === '/' && rec) {
        ctx.err("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n");
        code = 1;
        continue;
      }
      // POSIX: an operand whose last name is . or .. is diagnosed and left alone (remove.c, at the directory's visit)
      const last = f.replace(/\/+$/, '').split('/').pop();
      if (rec && node.type === 'dir' && (last === '.' || last === '..')) {
        ctx.err(`rm: refusing to remove '.' or '..' directory: skipping ${quoteaf(f)}\n`);
        code = 1;
        continue;
      }
      yield* remove(f, p, node, true);
    }
    return code;
  },
});
