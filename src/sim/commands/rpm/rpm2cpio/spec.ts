// rpm2cpio of rpm 4.16 (Rocky 9.5: rpm-4.16.1.3): rpm2cpio.c reads no options; a first word -h or --help prints
// its usage line (to standard error, status 1). Texts in help.ts, the run in run.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'rpm2cpio',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  help: () => import('./help').then((m) => m.help),
};
