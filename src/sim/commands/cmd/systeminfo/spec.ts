// `systeminfo`: its switches as data (a value follows /FO as the next word); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'systeminfo',
  style: 'cmd',
  synopsis: 'SYSTEMINFO [/S system [/U username [/P [password]]]] [/FO format] [/NH]',
  summary: 'Displays operating system configuration information.',
  flags: [{ short: 'FO' }, { short: 'NH' }, { short: 'S' }, { short: 'U' }, { short: 'P' }],
  onError: (e) => ({ stderr: `ERROR: Invalid argument/option - '/${e.option ?? ''}'.\nType "SYSTEMINFO /?" for usage.\n`, status: 1 }),
  help: () => import('./help').then((m) => m.default),
};
