// `kubectl config current-context --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config current-context [flags] [options]",
  long: "Display the current-context.",
  examples: `  # Display the current-context
  kubectl config current-context`,
  usage: {
  },
};
