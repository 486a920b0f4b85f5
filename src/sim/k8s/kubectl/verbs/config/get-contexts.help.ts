// `kubectl config get-contexts --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl config get-contexts [(-o|--output=)name)] [options]",
  long: "Display one or many contexts from the kubeconfig file.",
  examples: `  # List all the contexts in your kubeconfig file
  kubectl config get-contexts
  
  # Describe one context in your kubeconfig file
  kubectl config get-contexts my-context`,
  usage: {
    "no-headers": "When using the default or custom-column output format, don't print headers (default print headers).",
    "output": "Output format. One of: (name).",
  },
};
