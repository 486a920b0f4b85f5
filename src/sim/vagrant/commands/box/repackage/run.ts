// `vagrant box repackage`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { wait } from '../../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  ctx.err('The box you requested to be repackaged could not be found.\n');
  return 1;
}
