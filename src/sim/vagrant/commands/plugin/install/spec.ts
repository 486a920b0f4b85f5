// `vagrant plugin install`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'install',
  style: 'ruby',
  synopsis: 'vagrant plugin install <name>... [-h]',
  flags: [
    { long: 'entry-point', value: 'required', arg: 'NAME' },
    { long: 'plugin-clean-sources' },
    { long: 'plugin-source', value: 'required', arg: 'PLUGIN_SOURCE' },
    { long: 'plugin-version', value: 'required', arg: 'PLUGIN_VERSION' },
    { long: 'local' },
    { long: 'verbose' },
  ],
  operands: { min: 1 },
  help: () => import('./help').then((m) => m.default),
};
