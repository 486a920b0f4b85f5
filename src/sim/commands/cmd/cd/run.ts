// `cd`: displays the name of or changes the current directory. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw, NOT_FOUND_PATH } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  let arg = raw(ctx).trim();
  let switchDrive = false;
  if (/^\/d\s*/i.test(arg)) {
    switchDrive = true;
    arg = arg.replace(/^\/d\s*/i, '');
  }
  arg = arg.replace(/"/g, '').trim();
  if (arg === '') {
    ctx.out(ctx.frame.cwd + '\n');
    return 0;
  }
  const fs = ctx.host.fs;
  const target = fs.resolve(ctx.frame.cwd, arg);
  if (!fs.isDir(target)) {
    ctx.err(fs.isFile(target) ? 'The directory name is invalid.\n' : NOT_FOUND_PATH);
    return 1;
  }
  const sameDrive = target.slice(0, 2).toUpperCase() === ctx.frame.cwd.slice(0, 2).toUpperCase();
  if (sameDrive || switchDrive) ctx.frame.cwd = fs.canonical(target);
  return 0;
}
