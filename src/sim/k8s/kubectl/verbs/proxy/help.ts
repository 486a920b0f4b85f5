// The help texts of kubectl proxy and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as proxyHelp } from './proxy.help';

export const HELP: Record<string, HelpText> = {
  "proxy": proxyHelp,
};
