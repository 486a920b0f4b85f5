// unlink of GNU coreutils 8.32 (src/unlink.c; help in help.ts): unlink(2) of one name; a directory is refused
// (EISDIR, as Linux says it), a symbolic link is removed itself.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { canWrite } from '../../../util';
import { quoteAlways } from '../lib/quote';

export function* run(ctx: CommandContext): CommandRun {
  const name = ctx.operands![0];
  const fs = ctx.host.fs;
  const abs = ctx.resolve(name);
  const attempt = (): FsError | null => {
    // a trailing slash makes the kernel look through the name: a file is then ENOTDIR, a directory EISDIR
    const node = name.endsWith('/') ? fs.get(abs) : fs.lget(abs);
    if (!node) return fs.isDir(fs.dirname(abs)) || !fs.lget(fs.dirname(abs)) ? 'ENOENT' : 'ENOTDIR';
    if (node.type === 'dir') return 'EISDIR';
    if (name.endsWith('/')) return 'ENOTDIR';
    if (!canWrite(ctx.frame.user, abs)) return 'EACCES';
    return fs.remove(abs);
  };
  const e = attempt();
  if (e) {
    ctx.err(`unlink: cannot unlink ${quoteAlways(name)}: ${strerror(e)}\n`);
    return 1;
  }
  return 0;
}
