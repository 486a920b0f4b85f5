// `echo`: displays messages, or turns command-echoing on or off. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const r = ctx.raw ?? ctx.args.join(' ');
  if (/^[.:;,=+\\]/.test(r)) {
    ctx.out(r.slice(1) + '\n');
    return 0;
  }
  const text = r.replace(/^\s/, '');
  if (text.trim() === '') ctx.out('ECHO is on.\n');
  else if (/^(on|off)\s*$/i.test(text)) return 0;
  else ctx.out(text.replace(/\s+$/, (s) => s) + '\n');
  return 0;
}
