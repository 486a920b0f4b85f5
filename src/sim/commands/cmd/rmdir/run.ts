// `rmdir`: removes a directory. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, SYNTAX, NOT_FOUND_FILE } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const recursive = ctx.args.some((a) => a.toLowerCase() === '/s');
  const quiet = ctx.args.some((a) => a.toLowerCase() === '/q');
  const args = ctx.args.filter((a) => !a.startsWith('/'));
  if (!args.length) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  for (const a of args) {
    const p = fs.resolve(ctx.frame.cwd, a);
    if (!fs.exists(p)) {
      ctx.err(NOT_FOUND_FILE);
      return 2;
    }
    if (!fs.isDir(p)) {
      ctx.err('The directory name is invalid.\n');
      return 267;
    }
    if (recursive && !quiet) {
      const ans = String(yield { ask: `${a}, Are you sure (Y/N)? ` });
      if (!/^y/i.test(ans.trim())) continue;
    }
    if (ctx.frame.cwd.toLowerCase().startsWith(p.toLowerCase())) {
      ctx.err('The process cannot access the file because it is being used by another process.\n');
      return 32;
    }
    if (fs.remove(p, recursive) === 'ENOTEMPTY') {
      ctx.err('The directory is not empty.\n');
      return 145;
    }
  }
  return 0;
}
