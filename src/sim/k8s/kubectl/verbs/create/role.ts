// kubectl create role|clusterrole NAME --verb=verb --resource=resource.group/subresource [--resource-name=name]:
// one rule for each API group, the groups in order, as kubectl's generateResourcePolicyRules makes them.
import { lookupResource } from '../../../resources';
import { meta, strs, type Builder } from './build';

const RBAC = 'rbac.authorization.k8s.io';

export const build: Builder = (p) => {
  const cluster = p.path[1] === 'clusterrole';
  const verbs = strs(p, 'verb').flatMap((v) => v.split(','));
  const resources = strs(p, 'resource');
  const urls = strs(p, 'non-resource-url');
  if (!verbs.length) return { error: 'error: at least one verb must be specified' };
  if (!resources.length && !urls.length) return { error: 'error: at least one resource must be specified' };
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const [typed, sub] = r.split('/');
    const dot = typed.indexOf('.');
    const info = lookupResource(typed);
    const group = info ? info.group : dot < 0 ? '' : typed.slice(dot + 1);
    const name = (info ? info.name : dot < 0 ? typed : typed.slice(0, dot)) + (sub ? `/${sub}` : '');
    const list = byGroup.get(group) ?? [];
    if (!list.includes(name)) list.push(name);
    byGroup.set(group, list);
  }
  const names = strs(p, 'resource-name');
  const rules: Record<string, unknown>[] = [...byGroup.keys()].sort().map((g) => ({ apiGroups: [g], resources: byGroup.get(g), ...(names.length ? { resourceNames: names } : {}), verbs }));
  if (urls.length) rules.push({ nonResourceURLs: urls, verbs });
  const m = meta(p, p.args[0]);
  if (cluster) delete m.namespace;
  return { resource: `${cluster ? 'clusterrole' : 'role'}.${RBAC}`, obj: { apiVersion: `${RBAC}/v1`, kind: cluster ? 'ClusterRole' : 'Role', metadata: m, rules } };
};
