// `ren` / `rename`: a new name in the same folder. Wildcards in the new name take the old name's characters
// (`ren *.txt *.bak`). Errors are cmd.exe's MSG_BAD_SYNTAX, MSG_DUP_FILENAME_OR_NOT_FD and the system's
// file-not-found text.
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { type CmdCtx, SYNTAX, NOT_FOUND_FILE } from '../shared';

export const DUPLICATE = 'A duplicate file name exists, or the file\ncannot be found.\n';

/** The new name for `name` under a pattern such as `*.bak` or `?x*`. */
function applyPattern(name: string, pattern: string): string {
  if (!/[*?]/.test(pattern)) return pattern;
  let out = '';
  let i = 0;
  for (let p = 0; p < pattern.length; p++) {
    const c = pattern[p];
    if (c === '?') {
      if (i < name.length && name[i] !== '.') out += name[i++];
    } else if (c === '*') {
      const next = pattern[p + 1];
      const stop = next === undefined ? name.length : name.lastIndexOf(next) >= i ? name.lastIndexOf(next) : name.length;
      out += name.slice(i, stop);
      i = stop;
    } else {
      out += c;
      if (i < name.length && name[i].toLowerCase() === c.toLowerCase()) i++;
      else if (c === '.') i = name.lastIndexOf('.') >= i ? name.lastIndexOf('.') + 1 : name.length;
    }
  }
  return out.replace(/\.$/, '');
}

export function* run(ctx: CmdCtx): CommandRun {
  const args = ctx.args;
  if (args.length !== 2 || /[\\/:]/.test(args[1])) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  const src = fs.resolve(ctx.frame.cwd, args[0]);
  const dir = fs.dirname(src);
  const pat = fs.basename(src);
  const list = fs.list(dir);
  const names = typeof list === 'string' ? [] : list.filter((e) => globMatch(pat, e.name, true)).map((e) => e.name);
  if (!/[*?]/.test(pat) && !fs.exists(src)) names.length = 0;
  if (!names.length) {
    ctx.err(NOT_FOUND_FILE);
    return 1;
  }
  let code = 0;
  for (const name of names) {
    const from = fs.join(dir, name);
    const to = fs.join(dir, applyPattern(name, args[1]));
    const same = to.toLowerCase() === from.toLowerCase();
    if ((fs.exists(to) && !same) || applyPattern(name, args[1]) === '') {
      ctx.err(DUPLICATE);
      code = 1;
      continue;
    }
    if (same) {
      const tmp = fs.join(dir, '~ren.tmp');
      fs.copy(from, tmp);
      fs.remove(from, true);
      fs.copy(tmp, to);
      fs.remove(tmp, true);
    } else {
      fs.copy(from, to);
      fs.remove(from, true);
    }
  }
  return code;
}
