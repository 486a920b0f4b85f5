// kubectl create service clusterip|nodeport|loadbalancer|externalname NAME [--tcp=<port>:<targetPort>]
import { meta, strs, type Built, type Builder } from './build';

const TYPES: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };

export const build: Builder = (p): Built => {
  const name = p.args[0];
  const type = TYPES[p.path[2]];
  const ports: Record<string, unknown>[] = [];
  for (const t of strs(p, 'tcp')) {
    const [a, b] = t.split(':');
    for (const v of [a, b ?? a]) if (!/^\d+$/.test(v)) return { error: `error: strconv.ParseUint: parsing "${v}": invalid syntax` };
    const port: Record<string, unknown> = { name: `${a}-${b ?? a}`, protocol: 'TCP', port: Number(a), targetPort: Number(b ?? a) };
    if (type === 'NodePort' && p.flags['node-port']) port.nodePort = p.flags['node-port'];
    ports.push(port);
  }
  const labels = { app: name };
  const spec: Record<string, unknown> = {};
  if (ports.length) spec.ports = ports;
  spec.selector = labels;
  if (type === 'ClusterIP' && typeof p.flags.clusterip === 'string' && p.flags.clusterip) spec.clusterIP = p.flags.clusterip;
  spec.type = type;
  if (type === 'ExternalName') spec.externalName = p.flags['external-name'];
  return { resource: 'service', obj: { kind: 'Service', apiVersion: 'v1', metadata: meta(p, name, labels), spec, status: { loadBalancer: {} } } };
};
