// `vagrant powershell` (plugins/commands/powershell/command.rb, templates/locales/command_ps.yml). A machine that
// is not running cannot communicate (VMNotCreatedError). With -c the communicator must be WinRM; the Linux guests
// use SSH (CommunicatorWinRM WinRMNotReady). Without -c, Vagrant tries PowerShell remoting against the guest's
// WinRM port, which a Linux guest does not answer.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { envTargets } from '../../env';
import { fail, parsed, wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  if (p.flags.has('--elevated') && !p.flags.has('--command'))
    return fail(ctx, 'A command must be provided when the --elevated flag is provided for\nthe powershell command. Please provide a command when using the\n--elevated flag and try again.');
  const found = yield* envTargets(ctx, p.pos, true);
  if (typeof found === 'number') return found;
  const m = found.list[0];
  yield wait(500);
  if (m.state !== 'running') return fail(ctx, M.vm_creation_required);
  if (p.flags.has('--command')) return fail(ctx, WINRM_NOT_READY);
  ctx.out(`==> ${m.name}: Detecting if a remote PowerShell connection can be made with the guest...\n`);
  yield wait(3000);
  return fail(ctx, 'Unable to establish a remote PowerShell connection with the guest.\nCheck if the firewall rules on the guest allow connections to the\nWindows remote management service.');
}

/** templates/locales/comm_winrm.yml: vagrant_winrm.errors.winrm_not_ready */
export const WINRM_NOT_READY =
  'The box is not able to report an address for WinRM to connect to yet.\nWinRM cannot access this Vagrant environment. Please wait for the\nVagrant environment to be running and try again.';
