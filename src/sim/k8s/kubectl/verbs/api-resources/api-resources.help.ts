// `kubectl api-resources --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl api-resources [flags] [options]",
  long: "Print the supported API resources on the server.",
  examples: `  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  usage: {
    "api-group": "Limit to resources in the specified API group.",
    "cached": "Use the cached list of resources if available.",
    "categories": "Limit to resources that belong to the specified categories.",
    "namespaced": "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.",
    "no-headers": "When using the default or custom-column output format, don't print headers (default print headers).",
    "output": "Output format. One of: (wide, name).",
    "sort-by": "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
    "verbs": "Limit to resources that support the specified verbs.",
  },
};
