// `kubectl config delete-cluster --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config delete-cluster NAME [options]",
  long: "Delete the specified cluster from the kubeconfig.",
  examples: `  # Delete the minikube cluster
  kubectl config delete-cluster minikube`,
  usage: {
  },
};
