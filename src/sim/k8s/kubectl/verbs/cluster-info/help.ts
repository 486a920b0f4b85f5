// The help texts of kubectl cluster-info and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as clusterInfoHelp } from './cluster-info.help';
import { help as dumpHelp } from './dump.help';

export const HELP: Record<string, HelpText> = {
  "cluster-info": clusterInfoHelp,
  "cluster-info dump": dumpHelp,
};
