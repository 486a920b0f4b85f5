// `kubectl config delete-user --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config delete-user NAME [options]",
  long: "Delete the specified user from the kubeconfig.",
  examples: `  # Delete the minikube user
  kubectl config delete-user minikube`,
  usage: {
  },
};
