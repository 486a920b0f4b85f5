// `mkdir`: creates a directory. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, SYNTAX, NOT_FOUND_PATH } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  if (ctx.args.length === 0) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  let code = 0;
  for (const a of ctx.args) {
    const p = fs.resolve(ctx.frame.cwd, a);
    if (fs.exists(p)) {
      ctx.err(`A subdirectory or file ${a} already exists.\n`);
      code = 1;
      continue;
    }
    const e = fs.mkdir(p, true);
    if (e) {
      ctx.err(NOT_FOUND_PATH);
      code = 1;
    }
  }
  return code;
}
