// `vagrant winrm` (plugins/commands/winrm/command.rb): the machine's communicator must be WinRM; the lab's Linux
// guests use SSH (Vagrant::Errors::WinRMInvalidCommunicator).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { envTargets } from '../../env';
import { fail, parsed, wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, true);
  if (typeof found === 'number') return found;
  yield wait(300);
  return fail(ctx, 'The winrm command requires a WinRM communicator to be used when connecting\nto the guest. Please update your configuration and try the command again.');
}
