// `getmac`: its switches (a value follows /FO and /S as the next word); the spec, help and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'getmac',
  style: 'cmd',
  synopsis: 'GETMAC [/S system [/U username [/P [password]]]] [/FO format] [/NH] [/V]',
  summary: 'Returns the MAC address and list of network protocols.',
  rawArgs: true,
  ownHelp: true,
  help: () => import('./help').then((m) => m.default),
};
