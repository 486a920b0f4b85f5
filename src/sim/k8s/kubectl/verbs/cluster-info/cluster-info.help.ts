// `kubectl cluster-info --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl cluster-info [flags] [options]",
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  examples: `  # Print the address of the control plane and cluster services
  kubectl cluster-info`,
  usage: {
  },
};
