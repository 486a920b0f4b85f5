// `vagrant rdp` (plugins/commands/rdp/command.rb, templates/locales/command_rdp.yml). The Windows host has an RDP
// client; a Linux guest behind VirtualBox forwards no RDP port (config.rdp.search_port 3389), so the RDP info is
// not detected.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { M } from '../../messages';
import { envTargets } from '../../env';
import { fail, info, parsed, wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, true);
  if (typeof found === 'number') return found;
  const m = found.list[0];
  yield wait(500);
  if (m.state !== 'running') return fail(ctx, M.vm_creation_required);
  info(ctx, m.name, 'Detecting RDP info...');
  yield wait(800);
  return fail(
    ctx,
    "RDP connection information for this machine could not be\ndetected. This is typically caused when we can't find the IP\nor port to connect to for RDP. Please verify you're forwarding\nan RDP port and that your machine is accessible.",
  );
}
