// `taskkill`: its switches (a value follows /PID, /IM and /FI as the next word); the spec, help and body load on
// first use.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'taskkill',
  style: 'cmd',
  synopsis: 'TASKKILL [/S system [/U username [/P [password]]]] { [/FI filter] [/PID processid | /IM imagename] } [/T] [/F]',
  summary: 'Terminates tasks by process id (PID) or image name.',
  rawArgs: true,
  ownHelp: true,
  help: () => import('./help').then((m) => m.default),
};
