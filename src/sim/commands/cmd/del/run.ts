// `del`: deletes one or more files. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { type CmdCtx, SYNTAX } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const quiet = ctx.args.some((a) => a.toLowerCase() === '/q');
  const args = ctx.args.filter((a) => !a.startsWith('/'));
  if (args.length === 0) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  for (const a of args) {
    const p = fs.resolve(ctx.frame.cwd, a);
    if (fs.isDir(p)) {
      if (!quiet) {
        const ans = String(yield { ask: `${fs.canonical(p)}\\*, Are you sure (Y/N)? ` });
        if (!/^y/i.test(ans.trim())) continue;
      }
      const list = fs.list(p);
      if (typeof list !== 'string') for (const e of list) if (e.type === 'file') fs.remove(fs.join(p, e.name));
      continue;
    }
    const dir = fs.dirname(p);
    const pat = fs.basename(p);
    const list = fs.list(dir);
    const matches = typeof list === 'string' ? [] : list.filter((e) => e.type === 'file' && globMatch(pat, e.name, true));
    if (!matches.length) {
      ctx.err(`Could Not Find ${fs.canonical(dir).replace(/\\$/, '')}\\${pat}\n`);
      continue;
    }
    for (const m of matches) fs.remove(fs.join(dir, m.name));
  }
  return 0;
}
