// `move`: files into a folder or to a new name, a folder to a new name or into another; MSG_FILES_MOVED /
// MSG_DIRS_MOVED after, MSG_MOVE_COPY_OVERWRITE before replacing a file (unless /Y). With wildcards each
// file moved is named first.
import type { CommandRun } from '../../../types';
import { globMatch, padStart } from '../../../util';
import { type CmdCtx, SYNTAX, NOT_FOUND_FILE, NOT_FOUND_PATH } from '../shared';
import { DUPLICATE } from '../rename/run';

const moved = (n: number, what: 'file' | 'dir') => `${padStart(String(n), 9)} ${what}(s) moved.\n`;

export function* run(ctx: CmdCtx): CommandRun {
  const switches = ctx.args.filter((a) => a.startsWith('/')).map((a) => a.toLowerCase());
  for (const s of switches)
    if (s !== '/y' && s !== '/-y') {
      ctx.err(`Invalid switch - "${s.slice(1)}".\n`);
      return 1;
    }
  let all = switches.includes('/y') && !switches.includes('/-y');
  const args = ctx.args.filter((a) => !a.startsWith('/'));
  if (args.length === 0 || args.length > 2) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  const dest = fs.resolve(ctx.frame.cwd, args[1] ?? '.');
  const sources: string[] = [];
  let wild = false;
  for (const a of args[0].split(',').filter((x) => x !== '')) {
    const p = fs.resolve(ctx.frame.cwd, a);
    const pat = fs.basename(p);
    if (/[*?]/.test(pat)) {
      wild = true;
      const list = fs.list(fs.dirname(p));
      if (typeof list !== 'string') for (const e of list) if (e.type === 'file' && globMatch(pat, e.name, true)) sources.push(fs.join(fs.dirname(p), e.name));
    } else if (fs.exists(p)) sources.push(p);
  }
  if (!sources.length) {
    ctx.err(NOT_FOUND_FILE);
    return 1;
  }
  if (sources.length === 1 && fs.isDir(sources[0])) {
    const src = sources[0];
    const to = fs.isDir(dest) ? fs.join(dest, fs.basename(src)) : dest;
    if (fs.exists(to) || (to + '\\').toLowerCase().startsWith(src.toLowerCase() + '\\')) {
      ctx.err(DUPLICATE);
      return 1;
    }
    if (!fs.isDir(fs.dirname(to))) {
      ctx.err(NOT_FOUND_PATH);
      return 1;
    }
    fs.copy(src, to);
    fs.remove(src, true);
    ctx.out(moved(1, 'dir'));
    return 0;
  }
  const files = sources.filter((s) => fs.isFile(s));
  if (files.length > 1 && !fs.isDir(dest)) {
    ctx.err('Cannot move multiple files to a single file.\n');
    ctx.out(moved(0, 'file'));
    return 1;
  }
  let n = 0;
  for (const src of files) {
    const to = fs.isDir(dest) ? fs.join(dest, fs.basename(src)) : dest;
    if (!fs.isDir(fs.dirname(to))) {
      ctx.err(NOT_FOUND_PATH);
      continue;
    }
    if (wild) ctx.out(fs.canonical(src) + '\n');
    if (to.toLowerCase() === src.toLowerCase()) {
      n++;
      continue;
    }
    if (fs.exists(to) && !all) {
      const ans = String(yield { ask: `Overwrite ${fs.canonical(to)}? (Yes/No/All): ` }).trim();
      if (/^a/i.test(ans)) all = true;
      else if (!/^y/i.test(ans)) continue;
    }
    if (fs.copy(src, to)) {
      ctx.err(NOT_FOUND_PATH);
      continue;
    }
    fs.remove(src);
    n++;
  }
  ctx.out(moved(n, 'file'));
  return n === files.length ? 0 : 1;
}
