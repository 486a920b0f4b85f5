// `notepad`: opens a file in Notepad. What it does, as on Windows; it has no `/?` text here (tests/golden/cmd/SOURCES.md says why).
import type { CommandRun } from '../../../types';
import { editFile } from '../../editor';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const a = ctx.args[0];
  if (!a) {
    ctx.session.edit({ hostId: ctx.host.id, path: '', content: '', editor: 'notepad' });
    return 0;
  }
  const p = ctx.host.fs.resolve(ctx.frame.cwd, a);
  if (ctx.host.fs.isDir(p)) {
    ctx.err('Access is denied.\n');
    return 1;
  }
  return yield* editFile(ctx, p, 'notepad');
}
