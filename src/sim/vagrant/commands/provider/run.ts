// `vagrant provider` (plugins/commands/provider/command.rb): the machine's provider, VirtualBox in the lab, with
// --usable as well (VirtualBox is usable: exit 0). --install is not modelled (the Windows host's
// provider_install_virtualbox downloads and runs VirtualBox 5.0.10's installer): it prints the provider too.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { envTargets } from '../../env';
import { parsed, wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, true);
  if (typeof found === 'number') return found;
  yield wait(300);
  ctx.out('virtualbox\n');
  return 0;
}
