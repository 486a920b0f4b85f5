/** kubectl explain. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { lookupResource } from '../../../resources';

export function run(k: Kubectl, p: Parsed): KResult {
  if (!p.args.length) return fail(`You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\n${usage(p.path)}`);
  const [t, ...path] = p.args[0].split('.');
  const r = lookupResource(t);
  if (!r) return fail(`error: the server doesn't have a resource type "${t}"`);
  const field = path.length ? `\nFIELD: ${path[path.length - 1]}\n` : '';
  return ok(`GROUP:      ${r.group}\nKIND:       ${r.kind}\nVERSION:    ${r.version}\n${field}\nDESCRIPTION:\n    ${EXPLAIN[r.kind] ?? `${r.kind} is a resource of the Kubernetes API.`}\n    \nFIELDS:\n  apiVersion\t<string>\n  kind\t<string>\n  metadata\t<ObjectMeta>\n  spec\t<${r.kind}Spec>\n  status\t<${r.kind}Status>\n\n`.replace('GROUP:      \n', ''));
}

const EXPLAIN: Record<string, string> = {
  Pod: 'Pod is a collection of containers that can run on a host. This resource is created\n    by clients and scheduled onto hosts.',
  Deployment: 'Deployment enables declarative updates for Pods and ReplicaSets.',
  Service: 'Service is a named abstraction of software service (for example, mysql)\n    consisting of local port (for example 3306) that the proxy listens on, and the\n    selector that determines which pods will answer requests sent through the\n    proxy.',
  ReplicaSet: 'ReplicaSet ensures that a specified number of pod replicas are running at any\n    given time.',
  Node: 'Node is a worker node in Kubernetes. Each node will have a unique identifier in\n    the cache (i.e. in etcd).',
};

