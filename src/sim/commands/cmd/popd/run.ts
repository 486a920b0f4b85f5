// `popd`: back to the directory the last pushd saved; with an empty stack it does nothing.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const dir = ctx.frame.dirstack?.shift();
  if (dir === undefined) return ctx.frame.lastExit;
  if (ctx.host.fs.isDir(dir)) ctx.frame.cwd = dir;
  return 0;
}
