// `copy`: copies one or more files to another location. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, SYNTAX, NOT_FOUND_FILE, NOT_FOUND_PATH, isNul } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const args = ctx.args.filter((a) => !a.startsWith('/'));
  if (args.length === 0) {
    ctx.err(SYNTAX);
    return 1;
  }
  const fs = ctx.host.fs;
  const src = fs.resolve(ctx.frame.cwd, args[0]);
  const content = isNul(args[0]) ? '' : fs.read(src);
  if (typeof content !== 'string' || content === 'ENOENT' || content === 'EISDIR') {
    ctx.err(NOT_FOUND_FILE);
    ctx.out('        0 file(s) copied.\n');
    return 1;
  }
  if (args[1] !== undefined && isNul(args[1])) {
    ctx.out('        1 file(s) copied.\n');
    return 0;
  }
  let dst = fs.resolve(ctx.frame.cwd, args[1] ?? '.');
  if (fs.isDir(dst)) dst = fs.join(dst, fs.basename(src));
  if (dst.toLowerCase() === src.toLowerCase()) {
    ctx.err('The file cannot be copied onto itself.\n');
    ctx.out('        0 file(s) copied.\n');
    return 1;
  }
  if (fs.isFile(dst) && !ctx.args.some((a) => a.toLowerCase() === '/y')) {
    const ans = String(yield { ask: `Overwrite ${fs.canonical(dst)}? (Yes/No/All): ` });
    if (!/^[ya]/i.test(ans.trim())) {
      ctx.out('        0 file(s) copied.\n');
      return 0;
    }
  }
  if (fs.write(dst, content)) {
    ctx.err(NOT_FOUND_PATH);
    ctx.out('        0 file(s) copied.\n');
    return 1;
  }
  ctx.out('        1 file(s) copied.\n');
  return 0;
}
