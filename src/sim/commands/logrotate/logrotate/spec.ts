// logrotate 3.18.0 (Rocky 9.5: logrotate-3.18.0-8.el9): main() of logrotate.c reads its options with popt
// (poptGetContext, POPT_AUTOHELP), so run.ts reads the words itself; --help, -? and --usage print help.ts's texts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'logrotate',
  style: 'gnu',
  synopsis: 'logrotate [OPTION...] <configfile>',
  rawArgs: true,
  helpFlags: [],
  flags: [],
  help: () => import('./help').then((m) => m.HELP),
};
