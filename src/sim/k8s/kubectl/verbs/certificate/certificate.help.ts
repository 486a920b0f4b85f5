// `kubectl certificate --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl certificate SUBCOMMAND [options]",
  long: "Modify certificate resources.",
  usage: {
  },
};
