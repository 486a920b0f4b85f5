// `vagrant plugin expunge`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'expunge',
  style: 'ruby',
  synopsis: 'vagrant plugin expunge [-h]',
  flags: [
    { long: 'force' },
    { long: 'local' },
    { long: 'local-only' },
    { long: 'global-only' },
    { long: 'reinstall' },
  ],
  operands: { max: 0 },
  help: () => import('./help').then((m) => m.default),
};
