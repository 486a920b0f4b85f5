// `vagrant rsync-auto` (the rsync synced folders', not listed in the main help): flags as data; its help loads on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rsync-auto',
  style: 'ruby',
  synopsis: 'vagrant rsync-auto [vm-name]',
  flags: [
    { long: 'poll', negatable: true },
    { long: 'rsync-chown', negatable: true },
  ],
  help: () => import('./help').then((m) => m.default),
};
