/**
 * The API server's RBAC decision for one request (what `kubectl auth can-i` asks): the user's groups, the
 * bindings that name them, and the rules of the roles they bind. system:masters may do everything.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../../../cluster';

export interface Subject {
  user: string;
  groups: string[];
}

export interface Attributes {
  verb: string;
  /** API group ('' for the core group) */
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  namespace?: string;
  /** a non-resource URL such as /healthz */
  path?: string;
}

/** The groups the API server adds to an authenticated user. */
export function subjectFor(user: string, groups: string[]): Subject {
  const sa = /^system:serviceaccount:([^:]+):/.exec(user);
  const g = [...groups];
  if (sa) g.push('system:serviceaccounts', `system:serviceaccounts:${sa[1]}`);
  g.push('system:authenticated');
  return { user, groups: [...new Set(g)] };
}

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const WORKLOADS = ['pods', 'pods/log', 'pods/exec', 'pods/attach', 'pods/portforward', 'services', 'endpoints', 'configmaps', 'persistentvolumeclaims', 'replicationcontrollers', 'events', 'serviceaccounts', 'deployments', 'replicasets', 'daemonsets', 'statefulsets', 'jobs', 'cronjobs', 'ingresses', 'networkpolicies', 'horizontalpodautoscalers', 'poddisruptionbudgets', 'limitranges', 'resourcequotas'];

/** The default user-facing cluster roles every cluster has, when the store does not hold them. */
function builtinRules(name: string): any[] | undefined {
  switch (name) {
    case 'cluster-admin':
      return [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }];
    case 'view':
      return [{ apiGroups: ['*'], resources: WORKLOADS, verbs: READ }];
    case 'edit':
      return [{ apiGroups: ['*'], resources: [...WORKLOADS, 'secrets'], verbs: [...READ, ...WRITE] }];
    case 'admin':
      return [{ apiGroups: ['*'], resources: [...WORKLOADS, 'secrets', 'roles', 'rolebindings'], verbs: [...READ, ...WRITE] }];
  }
  return undefined;
}

function rulesOf(c: Cluster, ref: any, ns: string | undefined): any[] {
  if (!ref) return [];
  if (ref.kind === 'ClusterRole') return c.get('ClusterRole', undefined, ref.name)?.rules ?? builtinRules(ref.name) ?? [];
  return c.get('Role', ns, ref.name)?.rules ?? [];
}

const has = (list: string[] | undefined, v: string) => !!list && (list.includes('*') || list.includes(v));

function allows(rule: any, a: Attributes): boolean {
  if (!has(rule.verbs, a.verb)) return false;
  if (a.path !== undefined) return (rule.nonResourceURLs ?? []).some((u: string) => u === '*' || u === a.path || (u.endsWith('*') && a.path!.startsWith(u.slice(0, -1))));
  if (!rule.resources) return false;
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  if (!has(rule.apiGroups, a.group)) return false;
  if (!has(rule.resources, res)) return false;
  return !rule.resourceNames?.length || (a.name !== undefined && rule.resourceNames.includes(a.name));
}

function names(s: Subject, subj: any): boolean {
  if (subj.kind === 'User') return subj.name === s.user;
  if (subj.kind === 'Group') return s.groups.includes(subj.name);
  if (subj.kind === 'ServiceAccount') return s.user === `system:serviceaccount:${subj.namespace}:${subj.name}`;
  return false;
}

export function authorize(c: Cluster, s: Subject, a: Attributes): boolean {
  if (s.groups.includes('system:masters')) return true;
  for (const b of c.list('ClusterRoleBinding')) if ((b.subjects ?? []).some((x: any) => names(s, x)) && rulesOf(c, b.roleRef, undefined).some((r) => allows(r, a))) return true;
  if (a.namespace !== undefined)
    for (const b of c.list('RoleBinding', a.namespace)) if ((b.subjects ?? []).some((x: any) => names(s, x)) && rulesOf(c, b.roleRef, a.namespace).some((r) => allows(r, a))) return true;
  return false;
}

/** The rules that apply to a subject in a namespace (what a SelfSubjectRulesReview lists), one resource per rule. */
export function rulesFor(c: Cluster, s: Subject, namespace: string): any[] {
  const rules: any[] = [];
  if (s.groups.includes('system:masters')) rules.push(...(builtinRules('cluster-admin') ?? []));
  for (const b of c.list('ClusterRoleBinding')) if ((b.subjects ?? []).some((x: any) => names(s, x))) rules.push(...rulesOf(c, b.roleRef, undefined));
  for (const b of c.list('RoleBinding', namespace)) if ((b.subjects ?? []).some((x: any) => names(s, x))) rules.push(...rulesOf(c, b.roleRef, namespace));
  return rules.flatMap((r) => (r.resources?.length ? r.resources.map((res: string) => ({ ...r, resources: [res] })) : [r]));
}
