// `kubectl api-versions --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl api-versions [options]",
  long: "Print the supported API versions on the server, in the form of \"group/version\".",
  examples: `  # Print the supported API versions
  kubectl api-versions`,
  usage: {
  },
};
