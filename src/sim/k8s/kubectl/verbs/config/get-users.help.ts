// `kubectl config get-users --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config get-users [flags] [options]",
  long: "Display users defined in the kubeconfig.",
  examples: `  # List the users that kubectl knows about
  kubectl config get-users`,
  usage: {
  },
};
