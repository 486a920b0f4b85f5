// `kubectl top node --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl top node [NAME | -l label] [options]",
  long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.`,
  examples: `  # Show metrics for all nodes
  kubectl top node
  
  # Show metrics for a given node
  kubectl top node NODE_NAME`,
  usage: {
    "no-headers": "If present, print output without headers",
    "selector": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
    "show-capacity": "Print node resources based on Capacity instead of Allocatable(default) of the nodes.",
    "sort-by": "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.",
    "use-protocol-buffers": "Enables using protocol-buffers to access Metrics API.",
  },
};
