/** kubectl --help texts (short forms of the real ones). */
import { COMMANDS, flagsFor } from './args';

const ROOT = `kubectl controls the Kubernetes cluster manager.

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

const SHORT: Record<string, [string, string]> = {
  get: ['Display one or many resources.', 'kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]'],
  describe: ['Show details of a specific resource or group of resources.', 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]'],
  create: ['Create a resource from a file or from stdin.', 'kubectl create -f FILENAME [options]'],
  'create deployment': ['Create a deployment with the specified name.', 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]'],
  'create namespace': ['Create a namespace with the specified name.', 'kubectl create namespace NAME [--dry-run=server|client|none] [options]'],
  'create service': ['Create a service using a specified subcommand.', 'kubectl create service [flags] [options]'],
  apply: ['Apply a configuration to a resource by file name or stdin.', 'kubectl apply (-f FILENAME | -k DIRECTORY) [options]'],
  delete: ['Delete resources by file names, stdin, resources and names, or by resources and label selector.', "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]"],
  run: ['Create and run a particular image in a pod.', 'kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]'],
  expose: ['Expose a resource as a new Kubernetes service.', 'kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]'],
  scale: ['Set a new size for a deployment, replica set, replication controller, or stateful set.', 'kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]'],
  rollout: ['Manage the rollout of one or many resources.', 'kubectl rollout SUBCOMMAND [options]'],
  logs: ['Print the logs for a container in a pod or specified resource.', 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]'],
  exec: ['Execute a command in a container.', 'kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]'],
  drain: ['Drain node in preparation for maintenance.', 'kubectl drain NODE [options]'],
  cordon: ['Mark node as unschedulable.', 'kubectl cordon NODE [options]'],
  uncordon: ['Mark node as schedulable.', 'kubectl uncordon NODE [options]'],
  version: ['Print the client and server version information for the current context.', 'kubectl version [flags] [options]'],
  config: ['Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".', 'kubectl config SUBCOMMAND [options]'],
  top: ['Display resource (CPU/memory) usage.', 'kubectl top [flags] [options]'],
  set: ['Configure application resources.', 'kubectl set SUBCOMMAND [options]'],
};

export function kubectlHelp(path: string[]): string {
  const key = path.join(' ');
  if (!key || !(key in COMMANDS)) return ROOT;
  const [desc, use] = SHORT[key] ?? [`${key[0].toUpperCase()}${key.slice(1)}.`, `kubectl ${key} [options]`];
  const subs = Object.keys(COMMANDS).filter((k) => k.startsWith(key + ' ') && k.split(' ').length === path.length + 1 && !COMMANDS[k].startsWith('='));
  let out = `${desc}\n\n`;
  if (subs.length) out += `Available Commands:\n${subs.map((s) => `  ${s.split(' ').pop()}`).join('\n')}\n\n`;
  const flags = flagsFor(path).filter((f) => !['namespace', 'kubeconfig', 'context', 'cluster', 'user', 'server', 'token', 'request-timeout', 'v', 'insecure-skip-tls-verify', 'match-server-version', 'help'].includes(f.long));
  if (flags.length) out += `Options:\n${flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.long}${f.type === 'b' ? '=false' : f.type === 'i' ? '=0' : f.type === 'a' ? '=[]' : "=''"}`).join('\n')}\n\n`;
  out += `Usage:\n  ${use}\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
  return out;
}
