// source and `.`: run a file's commands in this shell (with arguments as $1...), `return` ends it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { canRead } from '../../../util';
import { positional, setPositional } from '../../exec';
import { ReturnSignal } from '../../signals';
import { spec } from './spec';

export function* run(ctx: CommandContext): CommandRun {
  const [file, ...args] = ctx.operands ?? [];
  if (file === undefined) {
    ctx.err(`-bash: ${ctx.name}: filename argument required\n${ctx.name}: usage: ${ctx.name === '.' ? '. filename [arguments]' : spec.synopsis}\n`);
    return 2;
  }
  const p = ctx.resolve(file);
  const node = ctx.host.fs.get(p);
  if (!node || node.type !== 'file' || !canRead(ctx.frame.user, p)) {
    ctx.err(`-bash: ${file}: ${node?.type === 'dir' ? 'is a directory' : node ? strerror('EACCES') : strerror('ENOENT')}\n`);
    return 1;
  }
  const old = args.length ? setPositional(ctx.frame, args) : null;
  const funcs = ctx.frame.funcs ?? 0;
  ctx.frame.funcs = funcs + 1;
  try {
    return yield* ctx.runLine(node.content, ctx.frame);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.code;
    throw e;
  } finally {
    ctx.frame.funcs = funcs;
    if (old) setPositional(ctx.frame, old);
  }
}
export { positional };
