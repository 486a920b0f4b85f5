// `vagrant serve` (Vagrant 2.4.3's gRPC server for its Go front end; removed in 2.4.4): its options and help as
// `vagrant help serve` shows them. bin/vagrant runs serve before any option is read, so `vagrant serve -h` serves.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'serve',
  style: 'ruby',
  synopsis: 'vagrant serve',
  flags: [
    { long: 'bind', value: 'required', arg: 'ADDR' },
    { long: 'min-port', value: 'required', arg: 'PORT' },
    { long: 'max-port', value: 'required', arg: 'PORT' },
  ],
  help: () => import('./help').then((m) => m.default),
};
