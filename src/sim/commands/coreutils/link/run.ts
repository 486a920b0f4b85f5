// link of GNU coreutils 8.32 (src/link.c; help in help.ts): link(2) FILE1 as FILE2, nothing more (no options of
// ln's, a symbolic link as FILE1 is linked itself).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { canWrite } from '../../../util';
import { inodeOf } from '../../lib/inode';
import { quote, quoteAlways } from '../lib/quote';
import { usageError } from '../lib/input';

export function* run(ctx: CommandContext): CommandRun {
  const ops = ctx.operands ?? [];
  if (ops.length === 0) return usageError(ctx, 'link', 'missing operand');
  if (ops.length === 1) return usageError(ctx, 'link', `missing operand after ${quote(ops[0])}`);
  const [from, to] = ops;
  const fs = ctx.host.fs;
  const src = ctx.resolve(from);
  const dest = ctx.resolve(to);
  const attempt = (): FsError | null => {
    const node = fs.lget(src);
    if (!node) return fs.isDir(fs.dirname(src)) || !fs.lget(fs.dirname(src)) ? 'ENOENT' : 'ENOTDIR';
    if (fs.lget(dest)) return 'EEXIST';
    if (!fs.isDir(fs.dirname(dest))) return fs.lget(fs.dirname(dest)) ? 'ENOTDIR' : 'ENOENT';
    if (node.type === 'dir') return 'EPERM';
    if (!canWrite(ctx.frame.user, dest)) return 'EACCES';
    return fs.link(src, dest, inodeOf(node, src));
  };
  const e = attempt();
  if (e) {
    ctx.err(`link: cannot create link ${quoteAlways(to)} to ${quoteAlways(from)}: ${strerror(e)}\n`);
    return 1;
  }
  return 0;
}
