// wsl.exe on a Windows 11 23H2 where the Windows Subsystem for Linux was never installed (loaded on first use): the
// inbox wsl.exe only says so. `--status` prints the notice and returns 50; anything else (`wsl`, `wsl -l`,
// `wsl --list --running`, ...) adds its offer to install and waits 60 s for a key: ESC or Ctrl-C or the time-out
// abort. Texts: public transcripts of that machine state (cmd/DIFFERENCES.md, "wsl").
import type { CommandSpec } from '../../../spec/types';
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';

export const NOT_INSTALLED =
  "The Windows Subsystem for Linux is not installed. You can install by running 'wsl.exe --install'.\n" +
  'For more information please visit https://aka.ms/wslinstall\n';

export const OFFER =
  '\nPress any key to install Windows Subsystem for Linux.\nPress ESC or CTRL-C to cancel.\nThis prompt will time out in 60 seconds.\n';

export function* run(ctx: CommandContext): CommandRun {
  ctx.out(NOT_INSTALLED);
  if (ctx.args.length === 1 && ctx.args[0].toLowerCase() === '--status') return 50;
  ctx.out(OFFER);
  // a key other than ESC would start the installation (UAC, a download, a reboot), which is not modelled: it is ignored
  let left = 60_000;
  while (left > 0) {
    const t0 = ctx.world.now;
    const k = (yield { key: true, timeout: left }) as string | undefined;
    if (k === undefined || k === '\x1b' || k === '\x03') break;
    left -= Math.max(1, ctx.world.now - t0);
  }
  ctx.out('Operation aborted\n');
  return 1;
}

/** wsl.exe reads its own arguments (run above); it has no /? of its own that a public source gives. */
export const spec: CommandSpec = { name: 'wsl', style: 'cmd', rawArgs: true, helpFlags: [] };
