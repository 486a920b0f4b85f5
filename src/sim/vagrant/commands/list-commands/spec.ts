// `vagrant list-commands`: every subcommand, the ones the main help leaves out as well. Its listing and help load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'list-commands',
  style: 'ruby',
  synopsis: 'vagrant list-commands',
  help: () => import('./help').then((m) => m.default),
};
