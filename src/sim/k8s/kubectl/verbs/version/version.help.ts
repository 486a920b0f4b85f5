// `kubectl version --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl version [flags] [options]",
  long: "Print the client and server version information for the current context.",
  examples: `  # Print the client and server versions for the current context
  kubectl version`,
  usage: {
    "client": "If true, shows client version only (no server required).",
    "output": "One of 'yaml' or 'json'.",
  },
};
