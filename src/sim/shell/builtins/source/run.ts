// source and `.`: run a file's commands in this shell (with arguments as $1...), `return` ends it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { canRead } from '../../../util';
import { positional, setPositional } from '../../exec';
import { ReturnSignal } from '../../signals';
import { asTrap, inTrap } from '../../traps';
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
  // source.def: the file runs without the DEBUG trap unless `set -T`; evalfile.c: the RETURN trap runs as it ends
  const traps = (ctx.frame.traps ??= {});
  const debug = ctx.frame.options?.has('functrace') ? undefined : traps.DEBUG;
  if (debug !== undefined) delete traps.DEBUG;
  let code: number;
  const level = ctx.frame.xlevel ?? 1;
  ctx.frame.xlevel = level + 1;
  try {
    code = yield* ctx.runLine(node.content, ctx.frame);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
    code = e.code;
  } finally {
    ctx.frame.xlevel = level;
    ctx.frame.funcs = funcs;
    if (old) setPositional(ctx.frame, old);
    if (debug !== undefined) traps.DEBUG ??= debug;
  }
  const onReturn = traps.RETURN;
  if (onReturn !== undefined && !inTrap()) yield* asTrap(ctx.frame, code, ctx.runLine(onReturn, ctx.frame));
  return code;
}
export { positional };
