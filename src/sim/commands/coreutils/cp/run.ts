// cp of GNU coreutils 8.32 (options and help in spec.ts).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canRead, canWrite, parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { contextOf, inodeOf } from '../../lib/inode';
import { ownerOf, quoteaf } from '../../lib/files';
import { stickyRefuses } from '../../lib/sticky';
import { readdirNodes } from '../../lib/readdir';
import type { FsNode } from '../../../fs';
import type { Host } from '../../../types';

/** The owners and the SELinux label (rename(2) keeps the inode and its xattrs) a moved tree had where it was,
 * given to its new nodes. */
function keepOwners(host: Host, from: FsNode, path: string, to: FsNode, toPath: string): void {
  const fs = host.fs;
  to.owner = { ...ownerOf(from, path) };
  const label = contextOf(host, from, path);
  if (label !== contextOf(host, { ...to, context: undefined } as FsNode, toPath)) to.context = label;
  if (from.type !== 'dir' || to.type !== 'dir') return;
  const there = fs.kids(to);
  for (const [k, c] of fs.kids(from)) {
    const t = there.get(k);
    if (t) keepOwners(host, c, fs.join(path, c.name), t, fs.join(toPath, c.name));
  }
}

export function* copyOrMove(ctx: CommandContext, move: boolean): CommandRun {
  const cmd = move ? 'mv' : 'cp';
  const { flags, pos } = parseFlags(ctx.args);
  const fs = ctx.host.fs;
  if (pos.length < 2) {
    ctx.err(pos.length ? `${cmd}: missing destination file operand after '${pos[0]}'\nTry '${cmd} --help' for more information.\n` : `${cmd}: missing file operand\nTry '${cmd} --help' for more information.\n`);
    return 1;
  }
  const dest = ctx.resolve(pos[pos.length - 1]);
  const srcs = pos.slice(0, -1);
  if (srcs.length > 1 && !fs.isDir(dest)) {
    ctx.err(`${cmd}: target '${pos[pos.length - 1]}' is not a directory\n`);
    return 1;
  }
  // cp follows a link named on the command line unless -P, -d or -a, or -R without -L or -H (cp.c); mv moves the link
  const has = (...k: string[]) => k.some((x) => flags.has(x));
  const recursive = has('r', 'R', 'a', 'recursive', 'archive');
  const follow = !move && (has('L', 'dereference') || (!has('P', 'd', 'a', 'no-dereference', 'archive') && (has('H') || !recursive)));
  // a copy's new nodes get the source's mode less the umask unless -p, -a or --preserve keeps it; a move keeps it
  const pres = flags.get('preserve');
  const keepMode = move || has('p', 'a', 'archive') || pres === true || (typeof pres === 'string' && /(^|,)(mode|all)(,|$)/.test(pres));
  let code = 0;
  for (const s of srcs) {
    const p = ctx.resolve(s);
    const node = follow ? fs.get(p) : fs.lget(p);
    if (!node || !canRead(ctx.frame.user, p)) {
      ctx.err(`${cmd}: cannot stat '${s}': ${node ? 'Permission denied' : 'No such file or directory'}\n`);
      code = 1;
      continue;
    }
    if (node.type === 'dir' && !move && !(flags.has('r') || flags.has('R') || flags.has('a'))) {
      ctx.err(`cp: -r not specified; omitting directory '${s}'\n`);
      code = 1;
      continue;
    }
    const target = fs.isDir(dest) ? fs.join(dest, fs.basename(p)) : dest;
    if (flags.has('i') && fs.isFile(target)) {
      const ans = String(yield { ask: `${cmd}: overwrite '${fs.isDir(dest) ? pos[pos.length - 1].replace(/\/$/, '') + '/' + fs.basename(p) : pos[pos.length - 1]}'? ` });
      if (!/^y/i.test(ans.trim())) continue;
    }
    // the destination's name as copy.c builds it: DIRECTORY/basename when the destination is a directory
    const shown = fs.isDir(dest) ? `${pos[pos.length - 1].replace(/\/$/, '')}/${fs.basename(p)}` : pos[pos.length - 1];
    if (!canWrite(ctx.frame.user, target) || (move && !canWrite(ctx.frame.user, p))) {
      ctx.err(move ? `mv: cannot move '${s}' to '${shown}': Permission denied\n` : `cp: cannot create regular file '${shown}': Permission denied\n`);
      code = 1;
      continue;
    }
    if (!fs.isDir(fs.dirname(target))) {
      ctx.err(`${cmd}: cannot ${move ? 'move' : 'create regular file'} '${move ? s : pos[pos.length - 1]}'${move ? ` to '${pos[pos.length - 1]}'` : ''}: No such file or directory\n`);
      code = 1;
      continue;
    }
    if (target === p) {
      ctx.err(`${cmd}: '${s}' and '${shown}' are the same file\n`);
      code = 1;
      continue;
    }
    // rename(2) out of a sticky directory (/tmp) is the file's owner's, the directory's owner's or root's
    if (move && stickyRefuses(ctx.host, ctx.frame.user, p)) {
      ctx.err(`mv: cannot move ${quoteaf(s)} to ${quoteaf(shown)}: Operation not permitted\n`);
      code = 1;
      continue;
    }
    if (node.type === 'dir' && (p === '/' || target.startsWith(p + '/'))) {
      ctx.err(move ? `mv: cannot move '${s}' to a subdirectory of itself, '${shown}'\n` : `cp: cannot copy a directory, '${s}', into itself, '${shown}'\n`);
      code = 1;
      continue;
    }
    if (node.type === 'link') {
      // the link itself: a new link with the same target, in place of what was there
      const there = fs.lget(target);
      if (there?.type === 'dir') {
        ctx.err(`${cmd}: cannot overwrite directory '${shown}' with non-directory\n`);
        code = 1;
        continue;
      }
      if (there) fs.remove(target);
      fs.symlink(node.target, target);
    } else fs.copy(p, target, keepMode);
    // -v: copy.c's emit_verbose() for each file copied (a directory before its entries), "renamed" for a move
    if (has('v', 'verbose')) {
      if (move) ctx.out(`renamed ${quoteaf(s)} -> ${quoteaf(shown)}\n`);
      else {
        const announce = (from: string, to: string, n: FsNode) => {
          ctx.out(`${quoteaf(from)} -> ${quoteaf(to)}\n`);
          if (n.type === 'dir') for (const c of readdirNodes(fs, n)) announce(`${from.replace(/\/+$/, '')}/${c.name}`, `${to.replace(/\/+$/, '')}/${c.name}`, c);
        };
        announce(s, shown, node);
      }
    }
    if (move) {
      // a move keeps the inode
      const moved = fs.lget(target);
      if (moved) moved.ino = inodeOf(node, p);
      // and its owners (a copy's nodes are the mover's)
      if (moved) keepOwners(ctx.host, node, p, moved, target);
      fs.remove(p, true);
    }
  }
  return code;
}

def({ name: 'cp', summary: 'copy files and directories', run: (ctx) => copyOrMove(ctx, false) });
