// `vagrant plugin install`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'install',
  style: 'ruby',
  synopsis: 'vagrant plugin install <name>... [-h]',
  flags: [
    { long: 'entry-point', value: 'required', arg: 'NAME', description: 'The name of the entry point file for loading the plugin.' },
    { long: 'plugin-clean-sources', description: 'Remove all plugin sources defined so far (including defaults)' },
    { long: 'plugin-source', value: 'required', arg: 'PLUGIN_SOURCE' },
    { long: 'plugin-version', value: 'required', arg: 'PLUGIN_VERSION' },
    { long: 'local', description: 'Install plugin for local project only' },
    { long: 'verbose', description: 'Enable verbose output for plugin installation' },
  ],
  help: () => import('./help').then((m) => m.default),
};
