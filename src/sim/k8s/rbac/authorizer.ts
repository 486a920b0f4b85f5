/**
 * The API server's authorization of one request, as kube-apiserver 1.28 runs it with `--authorization-mode=Node,RBAC`:
 * members of system:masters may do everything; otherwise RBAC allows what a rule of a role bound to the user (by name,
 * group or service account) covers. `rulesFor` is what a SelfSubjectRulesReview answers (`kubectl auth can-i --list`).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';

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
  /** '' or undefined: cluster scope */
  namespace?: string;
  /** a non-resource URL such as /healthz */
  path?: string;
}

/**
 * The user the impersonation filter makes of --as and --as-group: a service account's groups when none are given,
 * then system:authenticated unless system:authenticated or system:unauthenticated is among them.
 */
export function subjectFor(user: string, groups: string[]): Subject {
  const g = [...groups];
  const sa = /^system:serviceaccount:([^:]+):[^:]+$/.exec(user);
  if (sa && !g.length) g.push('system:serviceaccounts', `system:serviceaccounts:${sa[1]}`);
  if (user !== 'system:anonymous' && !g.includes('system:authenticated') && !g.includes('system:unauthenticated')) g.push('system:authenticated');
  return { user, groups: g };
}

const has = (list: string[] | undefined, v: string, all = '*') => !!list && list.some((x) => x === all || x === v);

/** rbac/v1 helpers' RuleAllows */
export function ruleAllows(rule: any, a: Attributes): boolean {
  if (!has(rule.verbs, a.verb)) return false;
  if (a.path !== undefined) return (rule.nonResourceURLs ?? []).some((u: string) => u === '*' || u === a.path || (u.endsWith('*') && a.path!.startsWith(u.replace(/\*+$/, ''))));
  if (!has(rule.apiGroups, a.group)) return false;
  const combined = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const resOk = (rule.resources ?? []).some((r: string) => r === '*' || r === combined || (!!a.subresource && r === `*/${a.subresource}`));
  if (!resOk) return false;
  return !rule.resourceNames?.length || rule.resourceNames.includes(a.name ?? '');
}

function applies(s: Subject, subjects: any[] | undefined, bindingNs: string): boolean {
  return (subjects ?? []).some((x) => {
    if (x.kind === 'User') return x.name === s.user;
    if (x.kind === 'Group') return s.groups.includes(x.name);
    if (x.kind === 'ServiceAccount') return s.user === `system:serviceaccount:${x.namespace || bindingNs}:${x.name}`;
    return false;
  });
}

const byName = (a: Obj, b: Obj) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);

/**
 * Visits the rules of every binding that names the subject: ClusterRoleBindings, then the namespace's RoleBindings.
 * A binding whose role is missing gives an error instead (the reason RBAC reports).
 */
function visit(c: Cluster, s: Subject, namespace: string | undefined, fn: (rule: any) => boolean, errors: string[]): boolean {
  for (const b of c.list('ClusterRoleBinding').sort(byName)) {
    if (!applies(s, b.subjects, '')) continue;
    const role = c.get('ClusterRole', undefined, b.roleRef?.name);
    if (!role) errors.push(`clusterrole.rbac.authorization.k8s.io "${b.roleRef?.name}" not found`);
    else for (const r of role.rules ?? []) if (fn(r)) return true;
  }
  if (namespace)
    for (const b of c.list('RoleBinding', namespace).sort(byName)) {
      if (!applies(s, b.subjects, namespace)) continue;
      const cluster = b.roleRef?.kind === 'ClusterRole';
      const role = cluster ? c.get('ClusterRole', undefined, b.roleRef.name) : c.get('Role', namespace, b.roleRef?.name);
      if (!role) errors.push(`${cluster ? 'clusterrole' : 'role'}.rbac.authorization.k8s.io "${b.roleRef?.name}" not found`);
      else for (const r of role.rules ?? []) if (fn(r)) return true;
    }
  return false;
}

export interface Decision {
  allowed: boolean;
  /** RBAC's reason for a denial: the roles that bindings name but that do not exist */
  reason: string;
}

export function authorize(c: Cluster, s: Subject, a: Attributes): Decision {
  if (s.groups.includes('system:masters')) return { allowed: true, reason: '' };
  const errors: string[] = [];
  if (visit(c, s, a.namespace || undefined, (r) => ruleAllows(r, a), errors)) return { allowed: true, reason: '' };
  const reason = errors.length ? `RBAC: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}` : '';
  return { allowed: false, reason };
}

/** The rules that apply to a subject in a namespace, as a SelfSubjectRulesReview lists them. */
export function rulesFor(c: Cluster, s: Subject, namespace: string): any[] {
  const rules: any[] = [];
  visit(c, s, namespace, (r) => (rules.push(r), false), []);
  return rules;
}

/**
 * The message of the Forbidden status kube-apiserver answers with: responsewriters' forbiddenMessage inside
 * apierrors.NewForbidden (`<group resource> "<name>" is forbidden: User ...`; no name, no quotes).
 */
export function forbiddenMessage(s: Subject, a: Attributes, qualified: string, reason = ''): string {
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const msg =
    a.path !== undefined
      ? `User "${s.user}" cannot ${a.verb} path "${a.path}"`
      : a.namespace
        ? `User "${s.user}" cannot ${a.verb} resource "${res}" in API group "${a.group}" in the namespace "${a.namespace}"`
        : `User "${s.user}" cannot ${a.verb} resource "${res}" in API group "${a.group}" at the cluster scope`;
  const full = reason ? `${msg}: ${reason}` : msg;
  if (a.path !== undefined) return `forbidden: ${full}`;
  return `${a.name ? `${qualified} "${a.name}"` : qualified} is forbidden: ${full}`;
}

/** The Forbidden error as kubectl prints a request's failure: `Error from server (Forbidden): <message>`. */
export function forbidden(s: Subject, a: Attributes, qualified: string, reason = ''): string {
  return `Error from server (Forbidden): ${forbiddenMessage(s, a, qualified, reason)}`;
}
