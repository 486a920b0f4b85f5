// `vagrant plugin list` (plugins/commands/plugin/command/list.rb, action/list_plugins.rb). The lab's Vagrant is a
// fresh install of the Windows package: no plugins, so Vagrant says so (vagrant.commands.plugin.no_plugins).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { helpOf } from '../../../../spec/engine';
import { parsed, wait } from '../../../out';
import { INVALID_USAGE } from '../../spec';

export function* run(ctx: CommandContext): CommandRun {
  if (parsed(ctx).pos.length > 0) {
    ctx.err(INVALID_USAGE + ((yield* helpOf(ctx.specPath ?? [])) ?? ''));
    return 1;
  }
  yield wait(600);
  ctx.out('No plugins installed.\n');
  return 0;
}
