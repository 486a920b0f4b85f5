// `kubectl config delete-context --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config delete-context NAME [options]",
  long: "Delete the specified context from the kubeconfig.",
  examples: `  # Delete the context for the minikube cluster
  kubectl config delete-context minikube`,
  usage: {
  },
};
