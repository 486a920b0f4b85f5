// kubectl create role|clusterrole NAME --verb=verb --resource=resource.group/subresource [--resource-name=name]:
// one rule for each API group, the groups in order, as kubectl's generateResourcePolicyRules makes them.
import { lookupResource } from '../../../resources';
import { meta, strs, type Builder } from './build';

const RBAC = 'rbac.authorization.k8s.io';
/** create clusterrole's validNonResourceVerbs */
const URL_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

export const build: Builder = (p) => {
  const cluster = p.path[1] === 'clusterrole';
  const verbs = strs(p, 'verb').flatMap((v) => v.split(','));
  const resources = strs(p, 'resource');
  const urls = strs(p, 'non-resource-url');
  const rawRule = p.flags['aggregation-rule'];
  const aggregation = (Array.isArray(rawRule) ? rawRule : rawRule ? [String(rawRule)] : []).filter(Boolean) as string[];
  const m = meta(p, p.args[0]);
  if (cluster) delete m.namespace;
  const kind = cluster ? 'ClusterRole' : 'Role';
  const resource = `${cluster ? 'clusterrole' : 'role'}.${RBAC}`;
  if (cluster && aggregation.length) {
    if (urls.length || verbs.length || resources.length || strs(p, 'resource-name').length) return { error: 'error: aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames' };
    const matchLabels: Record<string, string> = {};
    for (const kv of aggregation.flatMap((a) => a.split(','))) {
      const i = kv.indexOf('=');
      matchLabels[kv.slice(0, i)] = kv.slice(i + 1);
    }
    // the YAML printer sorts the keys: aggregationRule comes first, the unset rules print as null
    return { resource, obj: { aggregationRule: { clusterRoleSelectors: [{ matchLabels }] }, apiVersion: `${RBAC}/v1`, kind, metadata: m, rules: null } };
  }
  if (!verbs.length) return { error: 'error: at least one verb must be specified' };
  if (!resources.length && !urls.length) return { error: cluster ? 'error: one of resource or nonResourceURL must be specified' : 'error: at least one resource must be specified' };
  if (urls.length) {
    for (const v of verbs) if (!URL_VERBS.includes(v)) return { error: `error: invalid verb: '${v}' for nonResourceURL` };
    for (const u of urls) {
      if (u === '*') continue;
      if (!u.startsWith('/')) return { error: 'error: nonResourceURL should start with /' };
      if (u.slice(0, -1).includes('*')) return { error: "error: nonResourceURL only supports wildcard matches when '*' is at the end" };
    }
  }
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
  if (urls.length) rules.push({ nonResourceURLs: [...new Set(urls)], verbs });
  return { resource, obj: { apiVersion: `${RBAC}/v1`, kind, metadata: m, rules } };
};
