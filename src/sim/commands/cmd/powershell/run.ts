// powershell.exe (Windows PowerShell 5.1) started from cmd.exe (loaded on first use): without a command it prints
// its banner and opens a new level of the session with a `PS D:\...>` prompt (shell/cmd.ts hands that level's lines
// to shell.ts); `exit` comes back to cmd.exe. `-Command`/`-c` (or a command given without it) runs one line and
// returns. -NoLogo leaves the banner out; -NoProfile changes nothing here (no profile is modelled).
import type { CommandSpec } from '../../../spec/types';
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { runCmd } from '../../../shell/cmd';
import { BANNER } from './texts';
import { runPs } from './shell';

export function* run(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  let logo = true;
  while (args.length && /^[-/]/.test(args[0])) {
    const a = args[0].toLowerCase().slice(1);
    if (a === 'command' || a === 'c') {
      args.shift();
      break;
    }
    if (a === 'nologo') logo = false;
    else if (a !== 'noprofile') break;
    args.shift();
  }
  const io = { out: ctx.out, err: ctx.err, tty: true };
  const rt = { world: ctx.world, hooks: ctx.session };
  if (args.length) {
    const frame = { ...ctx.frame, env: { ...ctx.frame.env }, history: [], ps: true };
    return yield* runPs(rt, frame, args.join(' '), io, (r, f, l, o) => runCmd(r, f, l, o, true), true);
  }
  if (logo) ctx.out(BANNER);
  const f = ctx.frame;
  ctx.session.pushFrame({ shell: 'cmd', hostId: f.hostId, user: f.user, cwd: f.cwd, env: { ...f.env }, via: 'root', lastExit: 0, history: [], ps: true });
  return 0;
}

/** powershell.exe reads its own arguments (run above); it has no /? of its own that a public source gives. */
export const spec: CommandSpec = { name: 'powershell', style: 'cmd', rawArgs: true, helpFlags: [] };
