// The help texts of kubectl top and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as topHelp } from './top.help';
import { help as nodeHelp } from './node.help';
import { help as podHelp } from './pod.help';

export const HELP: Record<string, HelpText> = {
  "top": topHelp,
  "top node": nodeHelp,
  "top pod": podHelp,
};
