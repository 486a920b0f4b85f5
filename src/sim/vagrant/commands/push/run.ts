// `vagrant push` (plugins/commands/push/command.rb): the lab's Vagrantfiles define no config.push strategies, so
// Vagrant says so before anything else (it does even without a Vagrantfile: errors.pushes_not_defined).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fail, wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(300);
  return fail(
    ctx,
    "The Vagrantfile does not define any 'push' strategies. In order to use\n`vagrant push`, you must define at least one push strategy:\n\n    config.push.define \"ftp\" do |push|\n      # ... push-specific options\n    end",
  );
}
