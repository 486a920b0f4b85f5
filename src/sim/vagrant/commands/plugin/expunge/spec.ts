// `vagrant plugin expunge`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'expunge',
  style: 'ruby',
  synopsis: 'vagrant plugin expunge [-h]',
  flags: [
    { long: 'force', description: 'Do not prompt for confirmation' },
    { long: 'local', description: 'Include plugins from local project for expunge' },
    { long: 'local-only', description: 'Only expunge local project plugins' },
    { long: 'global-only', description: 'Only expunge global plugins' },
    { long: 'reinstall', description: 'Reinstall current plugins after expunge' },
  ],
  help: () => import('./help').then((m) => m.default),
};
