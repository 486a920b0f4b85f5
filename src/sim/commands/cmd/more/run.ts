// `more`: displays output one screen at a time (here the whole text at once); `more /?` is in help.ts.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  if (ctx.args[0]) {
    const c = ctx.host.fs.read(ctx.host.fs.resolve(ctx.frame.cwd, ctx.args[0]));
    if (c === 'ENOENT' || c === 'EISDIR') {
      ctx.err(`Cannot access file ${ctx.host.fs.resolve(ctx.frame.cwd, ctx.args[0])}\n`);
      return 1;
    }
    ctx.out(c.endsWith('\n') ? c : c + '\n');
    return 0;
  }
  const t = ctx.stdin ?? '';
  ctx.out(t.endsWith('\n') || t === '' ? t : t + '\n');
  return 0;
}
