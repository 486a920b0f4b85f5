// `kubectl` with no verb (its help lists the verbs by group) and `kubectl options`, as 1.28 and 1.29 print them.
import type { HelpText } from '../cli/spec';

export const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller
  autoscale       Auto-scale a deployment, replica set, stateful set, or replication controller

Cluster Management Commands:
  certificate     Modify certificate resources
  cluster-info    Display cluster information
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance
  taint           Update the taints on one or more nodes

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  attach          Attach to a running container
  exec            Execute a command in a container
  port-forward    Forward one or more local ports to a pod
  proxy           Run a proxy to the Kubernetes API server
  cp              Copy files and directories to and from containers
  auth            Inspect authorization
  debug           Create debugging sessions for troubleshooting workloads and nodes
  events          List events

Advanced Commands:
  diff            Diff the live version against a would-be applied version
  apply           Apply a configuration to a resource by file name or stdin
  patch           Update fields of a resource
  replace         Replace a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources
  kustomize       Build a kustomization target from a directory or URL

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource
  completion      Output shell completion code for the specified shell (bash, zsh, fish, or powershell)

Other Commands:
  api-resources   Print the supported API resources on the server
  api-versions    Print the supported API versions on the server, in the form of "group/version"
  config          Modify kubeconfig files
  plugin          Provides utilities for interacting with plugins
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** what 1.29 adds to the root help, before Other Commands */
export const PLUGINS_129 = "Subcommands provided by plugins:\n\n";

export const OPTIONS: HelpText = {
  use: '',
  long: "The following options can be passed to any command:\n\n",
  usage: {
    "as": "Username to impersonate for the operation. User could be a regular user or a service account in a namespace.",
    "as-group": "Group to impersonate for the operation, this flag can be repeated to specify multiple groups.",
    "as-uid": "UID to impersonate for the operation.",
    "cache-dir": "Default cache directory",
    "certificate-authority": "Path to a cert file for the certificate authority",
    "client-certificate": "Path to a client certificate file for TLS",
    "client-key": "Path to a client key file for TLS",
    "cluster": "The name of the kubeconfig cluster to use",
    "context": "The name of the kubeconfig context to use",
    "disable-compression": "If true, opt-out of response compression for all requests to the server",
    "insecure-skip-tls-verify": "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure",
    "kubeconfig": "Path to the kubeconfig file to use for CLI requests.",
    "log-flush-frequency": "Maximum number of seconds between log flushes",
    "match-server-version": "Require server version to match client version",
    "namespace": "If present, the namespace scope for this CLI request",
    "password": "Password for basic authentication to the API server",
    "profile": "Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)",
    "profile-output": "Name of the file to write the profile to",
    "request-timeout": "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.",
    "server": "The address and port of the Kubernetes API server",
    "tls-server-name": "Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used",
    "token": "Bearer token for authentication to the API server",
    "user": "The name of the kubeconfig user to use",
    "username": "Username for basic authentication to the API server",
    "v": "number for the log level verbosity",
    "vmodule": "comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)",
    "warnings-as-errors": "Treat warnings received from the server as errors and exit with a non-zero exit code",
  },
};
