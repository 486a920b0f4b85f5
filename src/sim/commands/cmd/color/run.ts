// `color`: two hex digits, background then foreground; the same digit twice is refused with ERRORLEVEL 1.
// The page's terminal keeps its own colours.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const arg = raw(ctx).trim();
  if (arg === '') return 0;
  if (!/^[0-9a-f]{1,2}$/i.test(arg)) return 1;
  const [bg, fg] = arg.length === 1 ? ['0', arg] : [arg[0], arg[1]];
  return bg.toLowerCase() === fg.toLowerCase() ? 1 : 0;
}
