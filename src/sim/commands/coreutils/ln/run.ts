// ln of GNU coreutils 8.32 (options and help in spec.ts): symbolic links (-s, -r), hard links of files, -f/-i
// replacing, -n, -t/-T and -v, with ln.c's order of attempts and its messages.
import type { CommandContext } from '../../../context';
import { strerror, type FsError } from '../../../fs';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf, quotef } from '../../lib/files';
import { inodeOf } from '../../lib/inode';
import { canonical } from '../realpath/run';

/** The path from directory `from` to `to`, both absolute and canonical (convert_abs_rel). */
export function relativeTo(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rel = [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  return rel || '.';
}

/** canonicalize_filename_mode (CAN_MISSING): links followed as far as the path exists. */
function canonicalMissing(ctx: CommandContext, abs: string): string {
  const r = canonical(ctx, abs, 'none');
  return typeof r === 'string' ? r : abs;
}

def({
  name: 'ln',
  summary: 'make links between files',
  *run(ctx) {
    const o = ctx.opts!;
    const fs = ctx.host.fs;
    const files = [...(ctx.operands ?? [])];
    const symbolic = o.has('symbolic');
    const force = o.has('force');
    const interactive = o.has('interactive');
    const relative = o.has('relative');
    const verbose = o.has('verbose');
    // -L/-P: the last one wins; Linux's default is -P (a hard link to a symbolic link is to the link itself)
    const logical = o.list.filter((x) => x.key === 'logical' || x.key === 'physical').pop()?.key === 'logical';
    let targetDir = o.str('target-directory');
    const die = (msg: string) => {
      ctx.err(`ln: ${msg}\n`);
      return 1;
    };
    const usage = (msg: string) => {
      ctx.err(`ln: ${msg}\nTry 'ln --help' for more information.\n`);
      return 1;
    };
    if (targetDir !== undefined) {
      const t = fs.get(ctx.resolve(targetDir));
      if (!t) return die(`failed to access ${quoteaf(targetDir)}: No such file or directory`);
      if (t.type !== 'dir') return die(`target ${quoteaf(targetDir)} is not a directory`);
    }
    if (relative && !symbolic) return die('cannot do --relative without --symbolic');

    /** symlink(2) or link(2) of `source` at `dest`: null, or the errno. */
    const attempt = (source: string, dest: string): FsError | null => {
      const abs = ctx.resolve(dest);
      if (fs.lget(abs)) return 'EEXIST';
      if (!fs.isDir(fs.dirname(abs))) return fs.lget(fs.dirname(abs)) ? 'ENOTDIR' : 'ENOENT';
      if (!canWrite(ctx.frame.user, abs)) return 'EACCES';
      if (symbolic) return fs.symlink(source, abs);
      const from = ctx.resolve(source);
      const found = logical ? fs.lookup(from) : { path: from };
      const real = typeof found === 'string' ? null : found.path;
      if (!real || !fs.lget(real)) return 'ENOENT';
      const node = fs.lget(real)!;
      if (node.type === 'dir') return 'EPERM';
      return fs.link(real, abs, inodeOf(node, real));
    };

    // what do_link does for one source and its destination; linkErr: the first attempt's errno, 'untried' when none
    function* doLink(source: string, dest: string, linkErr: FsError | null | 'untried'): Generator<{ ask: string }, boolean, unknown> {
      const srcAbs = ctx.resolve(source);
      if (linkErr && !symbolic) {
        const st = logical ? fs.get(srcAbs) : fs.lget(srcAbs);
        if (!st) {
          ctx.err(`ln: failed to access ${quoteaf(source)}: No such file or directory\n`);
          return false;
        }
        if (st.type === 'dir') {
          ctx.err(`ln: ${quotef(source)}: hard link not allowed for directory\n`);
          return false;
        }
      }
      let src = source;
      if (linkErr) {
        if (relative) src = relativeTo(canonicalMissing(ctx, fs.dirname(ctx.resolve(dest))), canonicalMissing(ctx, srcAbs));
        let replace = force || interactive;
        const destAbs = ctx.resolve(dest);
        if (replace) {
          const d = fs.lget(destAbs);
          if (!d) replace = false;
          else if (d.type === 'dir') {
            ctx.err(`ln: ${quotef(dest)}: cannot overwrite directory\n`);
            return false;
          } else {
            if (!symbolic && force && (logical ? fs.get(srcAbs) : fs.lget(srcAbs)) === d) {
              ctx.err(`ln: ${quoteaf(source)} and ${quoteaf(dest)} are the same file\n`);
              return false;
            }
            if (interactive) {
              const ans = String(yield { ask: `ln: replace ${quoteaf(dest)}? ` });
              if (!/^y/i.test(ans.trim())) return true;
            }
          }
        }
        if (linkErr === 'untried' || (linkErr === 'EEXIST' && replace)) {
          if (replace && canWrite(ctx.frame.user, destAbs)) fs.remove(destAbs);
          linkErr = attempt(src, dest);
        }
      }
      if (!linkErr) {
        if (verbose) ctx.out(`${quoteaf(dest)} ${symbolic ? '-' : '='}> ${quoteaf(src)}\n`);
        return true;
      }
      const why = strerror(linkErr);
      if (symbolic) ctx.err(`ln: failed to create symbolic link ${quoteaf(dest)}: ${why}\n`);
      else if (linkErr === 'EEXIST') ctx.err(`ln: failed to create hard link ${quoteaf(dest)}: ${why}\n`);
      else ctx.err(`ln: failed to create hard link ${quoteaf(dest)} => ${quoteaf(src)}: ${why}\n`);
      return false;
    }

    let n = files.length;
    let linkErr: FsError | null | 'untried' = 'untried';
    if (o.has('no-target-directory')) {
      if (targetDir !== undefined) return die('cannot combine --target-directory and --no-target-directory');
      if (n !== 2) return usage(n < 2 ? `missing destination file operand after ${quoteaf(files[0])}` : `extra operand ${quoteaf(files[2])}`);
    } else if (n < 2 && targetDir === undefined) {
      targetDir = '.';
    } else {
      if (n === 2 && targetDir === undefined) linkErr = relative && symbolic ? 'untried' : attempt(files[0], files[1]);
      if (linkErr === 'untried' || linkErr === 'EEXIST' || linkErr === 'ENOTDIR' || linkErr === 'EINVAL') {
        const d = targetDir ?? files[n - 1];
        const abs = ctx.resolve(d);
        const node = o.has('no-dereference') ? fs.lget(abs) : fs.get(abs);
        if (node?.type === 'dir') {
          if (targetDir === undefined) n--;
          targetDir = d;
        } else if (!(n === 2 && targetDir === undefined)) {
          return die(`target ${quoteaf(d)}: ${node || fs.lget(abs) ? 'Not a directory' : 'No such file or directory'}`);
        }
      }
    }
    let ok = true;
    if (targetDir !== undefined) {
      for (const f of files.slice(0, n)) {
        const base = f.replace(/\/+$/, '').split('/').pop() || f;
        const dest = targetDir.endsWith('/') ? targetDir + base : `${targetDir}/${base}`;
        ok = (yield* doLink(f, dest, 'untried')) && ok;
      }
    } else ok = yield* doLink(files[0], files[1], linkErr);
    return ok ? 0 : 1;
  },
});
