// `vagrant plugin list` (plugins/commands/plugin/command/list.rb, action/list_plugins.rb). The lab's Vagrant is a
// fresh install of the Windows package: no plugins until `vagrant plugin install` (vagrant.commands.plugin.no_plugins).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { helpOf } from '../../../../spec/engine';
import { parsed, wait } from '../../../out';
import { INVALID_USAGE } from '../../spec';
import { PLUGINS } from '../store';

export function* run(ctx: CommandContext): CommandRun {
  if (parsed(ctx).pos.length > 0) {
    ctx.err(INVALID_USAGE + ((yield* helpOf(ctx.specPath ?? [])) ?? ''));
    return 1;
  }
  yield wait(600);
  const all = ctx.world.slot(PLUGINS).installed;
  if (!all.length) ctx.out('No plugins installed.\n');
  // "NAME (VERSION, global)", then the constraint and entry point given at install (plugin_version, plugin_require)
  for (const pl of all)
    ctx.out(`${pl.name} (${pl.version}, global)\n` + (pl.constraint ? `  - Version Constraint: ${pl.constraint}\n` : '') + (pl.entry ? `  - Custom entrypoint: ${pl.entry}\n` : ''));
  return 0;
}
