// `kubectl config set-context --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]",
  long: `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.`,
  examples: `  # Set the user field on the gce context entry without touching other values
  kubectl config set-context gce --user=cluster-admin`,
  usage: {
    "cluster": "cluster for the context entry in kubeconfig",
    "current": "Modify the current context",
    "namespace": "namespace for the context entry in kubeconfig",
    "user": "user for the context entry in kubeconfig",
  },
};
