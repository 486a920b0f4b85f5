// `kubectl config use-context --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config use-context CONTEXT_NAME [options]",
  long: "Set the current-context in a kubeconfig file.",
  examples: `  # Use the context for the minikube cluster
  kubectl config use-context minikube`,
  usage: {
  },
};
