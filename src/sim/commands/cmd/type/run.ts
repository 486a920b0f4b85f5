// `type`: displays the contents of a text file or files. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, SYNTAX, NOT_FOUND_FILE, isNul } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  if (ctx.args.length === 0) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  let code = 0;
  for (const a of ctx.args) {
    if (isNul(a)) continue;
    const p = fs.resolve(ctx.frame.cwd, a);
    const c = fs.read(p);
    if (c === 'EISDIR') {
      ctx.err('Access is denied.\n');
      code = 1;
    } else if (typeof c !== 'string' || c === 'ENOENT') {
      ctx.err(NOT_FOUND_FILE);
      code = 1;
    } else {
      if (ctx.args.length > 1) ctx.err(`\n${a}\n\n\n`);
      ctx.out(c.replace(/\r\n/g, '\n'));
    }
  }
  return code;
}
