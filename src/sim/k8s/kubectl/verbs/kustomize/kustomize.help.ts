// `kubectl kustomize --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl kustomize DIR [flags] [options]",
  long: "Build a set of KRM resources using a 'kustomization.yaml' file. The DIR argument must be a path to a directory containing 'kustomization.yaml', or a git repository URL with a path suffix specifying same with respect to the repository root. If DIR is omitted, '.' is assumed.",
  examples: `  # Build the current working directory
  kubectl kustomize
  
  # Build some shared configuration directory
  kubectl kustomize /home/config/production
  
  # Build from github
  kubectl kustomize https://github.com/kubernetes-sigs/kustomize.git/examples/helloWorld?ref=v1.0.6`,
  usage: {
    "as-current-user": "use the uid and gid of the command executor to run the function in the container",
    "enable-alpha-plugins": "enable kustomize plugins",
    "enable-helm": "Enable use of the Helm chart inflator generator.",
    "env": "a list of environment variables to be used by functions",
    "helm-command": "helm command (path to executable)",
    "load-restrictor": "if set to 'LoadRestrictionsNone', local kustomizations may load files from outside their root. This does, however, break the relocatability of the kustomization.",
    "mount": "a list of storage options read from the filesystem",
    "network": "enable network access for functions that declare it",
    "network-name": "the docker network to run the container in",
    "output": "If specified, write output to this path.",
  },
};
