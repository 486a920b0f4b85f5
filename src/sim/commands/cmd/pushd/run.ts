// `pushd`: saves the current directory on the stack and changes to the one given (drive and all); without
// one it lists the stack, newest first. The stack is the shell level's (frame.dirstack), as popd reads it.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw, NOT_FOUND_PATH } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const arg = raw(ctx).trim().replace(/"/g, '');
  const stack = (ctx.frame.dirstack ??= []);
  if (arg === '') {
    ctx.out(stack.map((d) => d + '\n').join(''));
    return 0;
  }
  const fs = ctx.host.fs;
  const target = fs.resolve(ctx.frame.cwd, arg);
  if (!fs.isDir(target)) {
    ctx.err(NOT_FOUND_PATH);
    return 1;
  }
  stack.unshift(ctx.frame.cwd);
  ctx.frame.cwd = fs.canonical(target);
  return 0;
}
