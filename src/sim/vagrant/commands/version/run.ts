// `vagrant version`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { VAGRANT_VERSION } from '../../messages';
import { wait } from '../../out';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(800);
  ctx.out(`Installed Version: ${VAGRANT_VERSION}\nLatest Version: ${VAGRANT_VERSION}\n \nYou're running an up-to-date version of Vagrant!\n`);
  return 0;
}
