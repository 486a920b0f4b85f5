// `vol`: the volume label and serial number, as `dir` prints them in its header.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';
import { volume } from '../volume';

export function* run(ctx: CmdCtx): CommandRun {
  const arg = raw(ctx).trim();
  if (arg !== '' && !/^[a-z]:\\?$/i.test(arg)) {
    ctx.err('The filename, directory name, or volume label syntax is incorrect.\n');
    return 1;
  }
  const drive = (arg || ctx.frame.cwd).slice(0, 2);
  if (!ctx.host.fs.isDir(drive + '\\')) {
    ctx.err('The system cannot find the drive specified.\n');
    return 1;
  }
  const v = volume(drive);
  ctx.out(` Volume in drive ${v.drive} is ${v.label}\n Volume Serial Number is ${v.serial}\n`);
  return 0;
}
