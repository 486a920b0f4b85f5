// `kubectl config get-clusters --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config get-clusters [flags] [options]",
  long: "Display clusters defined in the kubeconfig.",
  examples: `  # List the clusters that kubectl knows about
  kubectl config get-clusters`,
  usage: {
  },
};
