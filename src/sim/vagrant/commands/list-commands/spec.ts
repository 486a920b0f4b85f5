// `vagrant list-commands`: every subcommand, the ones the main help leaves out as well. Its listing loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'list-commands',
  style: 'ruby',
  synopsis: 'vagrant list-commands',
};
