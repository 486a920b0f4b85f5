// `title`: names the console window; the page's terminal has no title bar, so nothing shows.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(_ctx: CmdCtx): CommandRun {
  return 0;
}
