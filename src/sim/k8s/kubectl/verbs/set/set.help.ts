// `kubectl set --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl set SUBCOMMAND [options]",
  long: `Configure application resources.

 These commands help you make changes to existing application resources.`,
  usage: {
  },
};
