// `kubectl plugin list --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl plugin list [flags] [options]",
  long: `List all available plugin files on a user's PATH.

 Available plugin files are those that are: - executable - anywhere on the user's PATH - begin with "kubectl-"`,
  examples: `  # List all available plugins
  kubectl plugin list`,
  usage: {
    "name-only": "If true, display only the binary name of each plugin, rather than its full path",
  },
};
