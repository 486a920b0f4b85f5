// kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]
import { meta, strs, type Builder } from './build';

export const build: Builder = (p) => {
  const rules = strs(p, 'rule').map((r) => {
    const [hostPath, backend] = r.split('=');
    const slash = hostPath.indexOf('/');
    const host = slash < 0 ? hostPath : hostPath.slice(0, slash);
    const path = slash < 0 ? '/' : hostPath.slice(slash);
    const [svc, port] = (backend ?? '').split(',')[0].split(':');
    const exact = !path.endsWith('*');
    const servicePort = /^\d+$/.test(port) ? { number: Number(port) } : { name: port };
    const rule: Record<string, unknown> = {};
    if (host) rule.host = host;
    rule.http = { paths: [{ path: exact ? path : path.slice(0, -1), pathType: exact ? 'Exact' : 'Prefix', backend: { service: { name: svc, port: servicePort } } }] };
    return rule;
  });
  const spec: Record<string, unknown> = {};
  if (p.flags.class) spec.ingressClassName = p.flags.class;
  spec.rules = rules;
  return { resource: 'ingress.networking.k8s.io', obj: { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta(p, p.args[0]), spec, status: { loadBalancer: {} } } };
};
