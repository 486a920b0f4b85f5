// curl.exe 8.9.1 of Windows 11 23H2: the guests' curl options (src/tool_getparam.c of 7.76.1; the options curl 8
// added are not among them, see DIFFERENCES.md) with curl 8.9.1's help and version, and the same usage errors
// (tool_msgs.c helpf(): "curl: option --x: is unknown", the try line, exit 2).
import type { CommandSpec } from '../../../spec/types';
import { spec as guest } from '../../curl/spec';

export const spec: CommandSpec = {
  ...guest,
  help: () => import('./help').then((m) => m.help),
  version: () => import('./help').then((m) => m.version),
};
