// `hostname`: prints the name of the current host. What it does, as on Windows; its `/?` text is help.ts beside this file.
import type { CommandRun } from '../../../types';
import { type CmdCtx } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  // hostname.exe does not set the name: any argument is refused
  if (ctx.args.length) {
    ctx.err(ctx.args[0] === '-s' ? 'hostname -s is not supported.\n' : 'sethostname: Use the Network Control Panel Applet to set hostname.\n');
    return 1;
  }
  ctx.out(ctx.host.hostname + '\n');
  return 0;
}
