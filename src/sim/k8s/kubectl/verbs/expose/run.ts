/** kubectl expose: a Service for a pod, deployment, replica set or service. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { clone, matchLabels } from '../../../objects';
import { admitCreate } from '../../../controllers/quota';

export function run(k: Kubectl, p: Parsed): KResult {
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  if (!t.length || !t[0].name) return fail(`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
  const { r, name } = t[0];
  const ns = k.ns(p);
  const o = k.find(r, ns, name!);
  if (!o) return fail(k.notFound(r, name!));
  if (!['Pod', 'Service', 'Deployment', 'ReplicaSet', 'ReplicationController'].includes(o.kind)) return fail(`error: cannot expose a ${o.kind}`);
  let selector: Record<string, string> | undefined = p.flags.selector ? Object.fromEntries(String(p.flags.selector).split(',').map((kv) => kv.split('='))) : o.kind === 'Pod' ? o.metadata.labels : o.kind === 'Service' ? o.spec.selector : o.spec.selector?.matchLabels;
  if (!selector || !Object.keys(selector).length) return fail(`error: couldn't retrieve selectors via --selector flag or introspection: the ${o.kind.toLowerCase()} has no labels and cannot be exposed\n${usage(['expose'])}`);
  if (o.kind === 'Pod' && selector) selector = { ...selector };
  const podSpec = o.kind === 'Pod' ? o.spec : o.spec.template?.spec;
  const cports = (podSpec?.containers ?? []).flatMap((c: any) => c.ports ?? []);
  const svcName = (p.flags.name as string) ?? name!;
  if (k.c.get('Service', ns, svcName)) return fail(`Error from server (AlreadyExists): services "${svcName}" already exists`);
  let ports: any[];
  if (p.flags.port) ports = String(p.flags.port).split(',').map((x, i, a) => ({ ...(a.length > 1 ? { name: `port-${i + 1}` } : {}), port: Number(x), protocol: (p.flags.protocol as string) ?? 'TCP', targetPort: p.flags['target-port'] ? (/^\d+$/.test(String(p.flags['target-port'])) ? Number(p.flags['target-port']) : p.flags['target-port']) : Number(x) }));
  else if (o.kind === 'Service') ports = clone(o.spec.ports).map((x: any) => ({ ...x, nodePort: undefined }));
  else if (cports.length) ports = cports.map((c: any, i: number) => ({ ...(cports.length > 1 ? { name: `port-${i + 1}` } : {}), port: c.containerPort, protocol: c.protocol ?? 'TCP', targetPort: p.flags['target-port'] ? Number(p.flags['target-port']) : c.containerPort }));
  else return fail(`error: couldn't find port via --port flag or introspection\n${usage(['expose'])}`);
  const type = (p.flags.type as string) ?? 'ClusterIP';
  if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) return fail(`The Service "${svcName}" is invalid: spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  const d = { apiVersion: 'v1', kind: 'Service', metadata: { name: svcName, labels: clone(o.metadata.labels) }, spec: { ports, selector, type } };
  if (!d.metadata.labels) delete (d.metadata as any).labels;
  // --cluster-ip=None: a headless Service; an address: that one (the server checks its range)
  if (p.flags['cluster-ip']) (d.spec as any).clusterIP = String(p.flags['cluster-ip']);
  // the API server validates the name before it stores (ValidateService: NameIsDNS1035Label); expose returns its error as it is
  if (p.flags['dry-run'] !== 'client' && svcName.length <= 63 && !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(svcName))
    return fail(`The Service "${svcName}" is invalid: metadata.name: Invalid value: "${svcName}": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`);
  if (p.flags['dry-run']) return k.createOrPrint(p, d, ns, 'service');
  const denied = admitCreate(k.c, ns, d);
  if (denied) return fail(`Error from server (Forbidden): ${denied}`);
  k.createObject(d, ns, false);
  return ok(`service/${svcName} exposed\n`);
}
