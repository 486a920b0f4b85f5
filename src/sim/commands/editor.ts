// notepad / vi / vim / nano: ask the front end to open an editor, or (no editor pane) print the file
// and read its replacement line by line.
import type { CommandContext } from '../context';
import type { CommandRun, EditRequest } from '../types';
import { canWrite } from '../util';

export const EDIT_END = '.';

export function* editFile(ctx: CommandContext, path: string, editor: EditRequest['editor']): CommandRun {
  const fs = ctx.host.fs;
  const cur = fs.readFile(path);
  const content = cur.ok ? cur.text : '';
  const readonly = ctx.host.kind === 'linux' && !canWrite(ctx.frame.user, path);
  if (ctx.session.interactiveEditor) {
    ctx.session.edit({ hostId: ctx.host.id, path, content, editor, ...(readonly ? { readonly } : {}) });
    return 0;
  }
  ctx.out(`--- ${path} (${editor}) ---\n`);
  ctx.out(content === '' ? '' : content.endsWith('\n') ? content : content + '\n');
  ctx.out(`--- end of file ---\n`);
  ctx.out(`No editor pane here. Type the new text line by line and end with a line holding only "${EDIT_END}";\n`);
  ctx.out(`a "${EDIT_END}" on the first line keeps the file as it is.\n`);
  const lines: string[] = [];
  for (;;) {
    const line = String(yield { ask: '' });
    if (line === EDIT_END) break;
    lines.push(line);
  }
  if (lines.length === 0) {
    ctx.out('(unchanged)\n');
    return 0;
  }
  const e = readonly ? 'EACCES' : fs.write(path, lines.join('\n') + '\n');
  if (e) {
    ctx.err(`cannot write ${path}\n`);
    return 1;
  }
  ctx.out(`(saved ${lines.length} line${lines.length === 1 ? '' : 's'} to ${path})\n`);
  return 0;
}
