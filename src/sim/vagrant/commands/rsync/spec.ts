// `vagrant rsync` (the rsync synced folders', not listed in the main help): flags as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rsync',
  style: 'ruby',
  synopsis: 'vagrant rsync [vm-name]',
  flags: [{ long: 'rsync-chown', negatable: true }],
  help: () => import('./help').then((m) => m.default),
};
