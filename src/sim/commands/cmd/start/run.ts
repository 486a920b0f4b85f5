// `start`: runs a program in a window of its own. Notepad opens in the page's editor pane, as `notepad` does; a new
// console window (`start` alone, `start cmd`, a console program) or Explorer (`start .`) would open beside this
// one, and the page shows no second window, so nothing appears here, as nothing appears in the console that ran
// `start` (cmd/DIFFERENCES.md).
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';
import { run as notepad } from '../notepad/run';

/** START's switches; /D, /NODE and /AFFINITY take the next word. */
const FLAGS = new Set(['/i', '/min', '/max', '/separate', '/shared', '/low', '/normal', '/high', '/realtime', '/abovenormal', '/belownormal', '/wait', '/b']);
const WITH_VALUE = new Set(['/d', '/node', '/affinity']);

export function* run(ctx: CmdCtx): CommandRun {
  const args = [...ctx.args];
  // a first word in quotes is the window's title
  if (raw(ctx).startsWith('"')) args.shift();
  let dir = ctx.frame.cwd;
  while (args.length) {
    const k = args[0].toLowerCase();
    if (FLAGS.has(k)) args.shift();
    else if (WITH_VALUE.has(k)) {
      args.shift();
      const v = args.shift();
      if (k === '/d' && v) dir = ctx.host.fs.resolve(ctx.frame.cwd, v.replace(/"/g, ''));
    } else if (k.startsWith('/d') && k.length > 2) {
      dir = ctx.host.fs.resolve(ctx.frame.cwd, args.shift()!.slice(2).replace(/"/g, ''));
    } else break;
  }
  const program = args.shift()?.replace(/"/g, '').toLowerCase();
  if (program === 'notepad' || program === 'notepad.exe') {
    const cwd = ctx.frame.cwd;
    ctx.frame.cwd = dir;
    try {
      return yield* notepad({ ...ctx, args } as CmdCtx);
    } finally {
      ctx.frame.cwd = cwd;
    }
  }
  return 0;
}
