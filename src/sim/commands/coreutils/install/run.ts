// install of GNU coreutils 8.32 (options and help in spec.ts): copies files with mode 0755 (or -m), -d makes
// directories, -D the leading directories of the destination, -t/-T, -v; ownership (-o/-g) needs root. Messages as
// install.c and copy.c print them.
import { findGroup } from '../../lib/accounts';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf } from '../../lib/files';
import { umaskOf } from '../../../fs-owner';

/** mode_compile() + mode_adjust() from 0: an octal mode or symbolic clauses such as `u=rwx,go=rx` or `a+x`. */
export function parseMode(spec: string, dir: boolean, umask = 0o022): number | null {
  if (/^[0-7]+$/.test(spec)) return spec.length <= 4 ? parseInt(spec, 8) : null;
  let mode = 0;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    for (const act of m[2].match(/[-+=][rwxXst]*/g)!) {
      let bits = 0;
      for (const p of act.slice(1)) {
        if (p === 'r') bits |= 0o444;
        if (p === 'w') bits |= 0o222;
        if (p === 'x' || (p === 'X' && (dir || mode & 0o111))) bits |= 0o111;
        if (p === 's') bits |= 0o6000;
        if (p === 't') bits |= 0o1000;
      }
      let mask = (who.includes('u') ? 0o4700 : 0) | (who.includes('g') ? 0o2070 : 0) | (who.includes('o') ? 0o1007 : 0);
      // without a `who`, the umask keeps its bits out
      if (m[1] === '') mask &= ~umask;
      bits &= mask;
      if (act[0] === '+') mode |= bits;
      else if (act[0] === '-') mode &= ~bits;
      else mode = (mode & ~mask) | bits;
    }
  }
  return mode;
}

def({
  name: 'install',
  summary: 'copy files and set attributes',
  *run(ctx) {
    const o = ctx.opts!;
    const fs = ctx.host.fs;
    const files = [...(ctx.operands ?? [])];
    const dirArg = o.has('directory');
    const verbose = o.has('verbose');
    const targetDir0 = o.str('target-directory');
    const usage = (msg: string) => {
      ctx.err(`install: ${msg}\nTry 'install --help' for more information.\n`);
      return 1;
    };
    const die = (msg: string) => {
      ctx.err(`install: ${msg}\n`);
      return 1;
    };
    if (targetDir0 !== undefined) {
      const t = fs.get(ctx.resolve(targetDir0));
      if (!t) return die(`failed to access ${quoteaf(targetDir0)}: No such file or directory`);
      if (t.type !== 'dir') return die(`target ${quoteaf(targetDir0)} is not a directory`);
    }
    if (dirArg && o.has('strip')) return die('the strip option may not be used when installing a directory');
    if (dirArg && targetDir0 !== undefined) return die('target directory not allowed when installing a directory');
    if (files.length <= (dirArg || targetDir0 !== undefined ? 0 : 1)) return usage(files.length ? `missing destination file operand after ${quoteaf(files[0])}` : 'missing file operand');
    let targetDir = targetDir0;
    let n = files.length;
    if (o.has('no-target-directory')) {
      if (targetDir !== undefined) return die('cannot combine --target-directory (-t) and --no-target-directory (-T)');
      if (n > 2) return usage(`extra operand ${quoteaf(files[2])}`);
    } else if (!(dirArg || targetDir !== undefined)) {
      if (n >= 2 && fs.isDir(ctx.resolve(files[n - 1]))) targetDir = files[--n];
      else if (n > 2) return die(`target ${quoteaf(files[n - 1])} is not a directory`);
    }
    const modeSpec = o.str('mode');
    let mode = 0o755;
    let dirMode = 0o755;
    if (modeSpec !== undefined) {
      const m = parseMode(modeSpec, false, umaskOf(ctx.frame, ctx.host));
      if (m === null) return die(`invalid mode ‘${modeSpec}’`);
      mode = m;
      dirMode = parseMode(modeSpec, true, umaskOf(ctx.frame, ctx.host))!;
    }
    for (const [k, what] of [['owner', 'user'], ['group', 'group']] as const) {
      const v = o.str(k);
      const known = k === 'group' ? (ctx.host.groups ? findGroup(ctx.host, v ?? '') !== undefined : ['wheel', 'root', 'adm'].includes(v ?? '')) : ctx.host.users.has(v ?? '');
      if (v !== undefined && !known && !/^\d+$/.test(v)) return die(`invalid ${what} ‘${v}’`);
    }
    const chown = o.has('owner') || o.has('group');
    /** make_dir_parents(): each missing directory of `path` (-d: the last too, with dirMode). */
    const mkdirs = (path: string, last: boolean): boolean => {
      const segs = path.split('/').filter(Boolean);
      const upto = last ? segs.length : segs.length - 1;
      let cur = path.startsWith('/') ? '' : '.';
      let shown = path.startsWith('/') ? '' : '';
      for (let i = 0; i < upto; i++) {
        cur = `${cur}/${segs[i]}`;
        shown = shown ? `${shown}/${segs[i]}` : path.startsWith('/') ? `/${segs[i]}` : segs[i];
        const abs = ctx.resolve(cur);
        const node = fs.get(abs);
        if (node?.type === 'dir') continue;
        if (node) {
          ctx.err(`install: cannot create directory ${quoteaf(shown)}: File exists\n`);
          return false;
        }
        if (!canWrite(ctx.frame.user, abs)) {
          ctx.err(`install: cannot create directory ${quoteaf(shown)}: Permission denied\n`);
          return false;
        }
        // make_ancestor(): mkdir with 0755, less the umask
        fs.mkdir(abs, false, 0o755 & ~umaskOf(ctx.frame, ctx.host));
        if (verbose) ctx.out(`install: creating directory ${quoteaf(shown)}\n`);
        const d = fs.get(abs);
        if (d && (i === upto - 1 && last)) d.mode = dirMode;
      }
      return true;
    };
    if (dirArg) {
      let ok = true;
      for (const d of files) {
        if (!mkdirs(d, true)) {
          ok = false;
          continue;
        }
        const node = fs.get(ctx.resolve(d));
        if (node && modeSpec !== undefined) node.mode = dirMode;
        if (node && chown && ctx.frame.user !== 'root') {
          ctx.err(`install: cannot change ownership of ${quoteaf(d)}: Operation not permitted\n`);
          ok = false;
        }
      }
      return ok ? 0 : 1;
    }
    /** copy_file() then the attributes: `to` as the user named it. */
    const installOne = (from: string, to: string): boolean => {
      const src = fs.get(ctx.resolve(from));
      if (!src) {
        ctx.err(`install: cannot stat ${quoteaf(from)}: No such file or directory\n`);
        return false;
      }
      if (src.type === 'dir') {
        ctx.err(`install: omitting directory ${quoteaf(from)}\n`);
        return false;
      }
      const abs = ctx.resolve(to);
      const there = fs.get(abs);
      if (there?.type === 'dir') {
        ctx.err(`install: cannot overwrite directory ${quoteaf(to)} with non-directory\n`);
        return false;
      }
      if (!fs.isDir(fs.dirname(abs)) || !canWrite(ctx.frame.user, abs)) {
        ctx.err(`install: cannot create regular file ${quoteaf(to)}: ${fs.isDir(fs.dirname(abs)) ? 'Permission denied' : 'No such file or directory'}\n`);
        return false;
      }
      if (abs === ctx.resolve(from)) {
        ctx.err(`install: ${quoteaf(from)} and ${quoteaf(to)} are the same file\n`);
        return false;
      }
      if (there) fs.remove(abs);
      fs.copy(ctx.resolve(from), abs);
      if (verbose) ctx.out(`${quoteaf(from)} -> ${quoteaf(to)}\n`);
      const node = fs.get(abs);
      if (node) node.mode = mode;
      if (chown && ctx.frame.user !== 'root') {
        ctx.err(`install: cannot change ownership of ${quoteaf(to)}: Operation not permitted\n`);
        return false;
      }
      return true;
    };
    if (targetDir === undefined) {
      if (o.has('D') && !mkdirs(files[1], false)) return 1;
      return installOne(files[0], files[1]) ? 0 : 1;
    }
    let ok = true;
    if (o.has('D') && !mkdirs(targetDir, true)) return 1;
    for (const f of files.slice(0, n)) {
      const base = f.replace(/\/+$/, '').split('/').pop() || f;
      ok = installOne(f, targetDir.endsWith('/') ? targetDir + base : `${targetDir}/${base}`) && ok;
    }
    return ok ? 0 : 1;
  },
});
