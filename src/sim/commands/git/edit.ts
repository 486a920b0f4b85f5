// launch_editor (editor.c) for the messages of tag and merge: $GIT_EDITOR, $VISUAL, $EDITOR or vi on a file under
// .git, waiting until the editor pane saves or closes it, as commit does; the text is then cleaned as
// strbuf_stripspace with comments.
import type { EditRequest, Yield } from '../../types';
import { Interrupt } from '../../types';
import type { Git } from './run';
import { readText } from './repo';
import { editFile } from '../editor';
import { stripspace } from './cmd-commit';

/** The message the user leaves in `path` (null: interrupted). */
export function* editMessage(g: Git, path: string, template: string): Generator<Yield, string | null, unknown> {
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  fs.write(path, template);
  const env = ctx.frame.env;
  const name = (env.GIT_EDITOR || env.VISUAL || env.EDITOR || 'vi').split('/').pop()!.split(' ')[0];
  const editor = (['vi', 'vim', 'nano'].includes(name) ? name : 'vi') as EditRequest['editor'];
  const before = fs.get(path)?.mtime;
  yield* editFile(ctx, path, editor);
  if (ctx.session.interactiveEditor) {
    try {
      while (fs.get(path)?.mtime === before && String(readText(fs, path)) === template && !ctx.session.editorClosed?.(ctx.host.id, path)) yield { wait: 500 };
    } catch (e) {
      if (e instanceof Interrupt) return null;
      throw e;
    }
  }
  return stripspace(String(readText(fs, path) ?? ''), true);
}
