/**
 * The RBAC objects of a kubeadm cluster in the store: kube-apiserver's bootstrap policy (it creates them when it
 * first starts), kubeadm's own from `kubeadm init` and, from 1.29, `kubeadm upgrade apply`'s cluster-admins binding;
 * and the clusterrole-aggregation controller, which fills admin, edit and view (and any role with an
 * aggregationRule) from the roles whose labels its selectors match.
 *
 * The objects join the store the first time kubectl or kubeadm talks to the cluster (this module loads with them),
 * stamped with the time the control plane came up.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { nameUid } from '../bootstrap';
import { matchLabels } from '../objects';
import { COLUMNS } from '../format';
import {
  CLUSTER_ROLES,
  CONTROLLER_ROLES,
  CLUSTER_ROLE_BINDINGS,
  NAMESPACE_ROLES,
  NAMESPACE_ROLE_BINDINGS,
  KUBEADM_CLUSTER_ROLES,
  KUBEADM_CLUSTER_ROLE_BINDINGS,
  KUBEADM_ROLES,
  KUBEADM_129_CLUSTER_ROLE_BINDINGS,
  type BindingData,
  type RoleData,
} from './policy-data';

const GROUP = 'rbac.authorization.k8s.io';
const API = `${GROUP}/v1`;
const DEFAULTS = { annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' }, labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } };

/** `groups|resources|verbs|names` → a PolicyRule as the API returns it */
export function rule(s: string): any {
  const [groups, what, verbs, names] = s.split('|');
  const list = (x: string) => x.split(',').map((v) => (v === 'core' ? '' : v));
  if (!groups) return { nonResourceURLs: list(what), verbs: list(verbs) };
  const r: any = { apiGroups: list(groups) };
  if (names) r.resourceNames = list(names);
  r.resources = list(what);
  r.verbs = list(verbs);
  return r;
}

function subject(s: string): any {
  const i = s.indexOf(':');
  const kind = s.slice(0, i);
  const name = s.slice(i + 1);
  if (kind === 'ServiceAccount') {
    const [namespace, n] = name.split('/');
    return { kind, name: n, namespace };
  }
  return { apiGroup: GROUP, kind, name };
}

interface Stamp {
  t: number;
  rv: number;
}
function meta(st: Stamp, kind: string, name: string, namespace: string | undefined, extra: any): any {
  return { ...structuredClone(extra), name, ...(namespace ? { namespace } : {}), uid: nameUid(`${kind}/${namespace ?? ''}/${name}`), resourceVersion: String(st.rv++), creationTimestamp: st.t };
}

function clusterRole(st: Stamp, d: RoleData, name: string, bootstrap: boolean): Obj {
  const m = meta(st, 'ClusterRole', name, undefined, bootstrap ? DEFAULTS : {});
  if (d.to) m.labels = { ...m.labels, ...Object.fromEntries(d.to.map((t) => [`${GROUP}/aggregate-to-${t}`, 'true'])) };
  const o: any = { apiVersion: API, kind: 'ClusterRole', metadata: m };
  if (d.from) o.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [`${GROUP}/aggregate-to-${d.from}`]: 'true' } }] };
  o.rules = d.rules.map(rule);
  return o;
}
function binding(st: Stamp, kind: 'ClusterRoleBinding' | 'RoleBinding', [name, role, subjects]: BindingData, namespace: string | undefined, bootstrap: boolean): Obj {
  const o: any = { apiVersion: API, kind, metadata: meta(st, kind, name, namespace, bootstrap ? DEFAULTS : {}), roleRef: { apiGroup: GROUP, kind: kind === 'RoleBinding' ? 'Role' : 'ClusterRole', name: role } };
  if (subjects.length) o.subjects = subjects.map(subject);
  return o;
}
function role(st: Stamp, namespace: string, name: string, rules: string[], bootstrap: boolean): Obj {
  return { apiVersion: API, kind: 'Role', metadata: meta(st, 'Role', name, namespace, bootstrap ? DEFAULTS : {}), rules: rules.map(rule) } as Obj;
}

/** Every RBAC object kube-apiserver and kubeadm 1.28 create, in the order they are made. */
export function bootstrapObjects(t: number): Obj[] {
  const st: Stamp = { t, rv: 60 };
  const out: Obj[] = [];
  for (const d of CLUSTER_ROLES) out.push(clusterRole(st, d, d.name, true));
  for (const d of CONTROLLER_ROLES) out.push(clusterRole(st, d, `system:controller:${d.name}`, true));
  for (const b of CLUSTER_ROLE_BINDINGS) out.push(binding(st, 'ClusterRoleBinding', b, undefined, true));
  for (const d of CONTROLLER_ROLES) out.push(binding(st, 'ClusterRoleBinding', [`system:controller:${d.name}`, `system:controller:${d.name}`, [`ServiceAccount:kube-system/${d.name}`]], undefined, true));
  for (const [ns, name, rules] of NAMESPACE_ROLES) out.push(role(st, ns, name, rules, true));
  for (const [ns, ...b] of NAMESPACE_ROLE_BINDINGS) out.push(binding(st, 'RoleBinding', b, ns, true));
  for (const d of KUBEADM_CLUSTER_ROLES) out.push(clusterRole(st, d, d.name, false));
  for (const b of KUBEADM_CLUSTER_ROLE_BINDINGS) out.push(binding(st, 'ClusterRoleBinding', b, undefined, false));
  for (const [ns, name, rules, subjects] of KUBEADM_ROLES) {
    out.push(role(st, ns, name, rules, false));
    out.push(binding(st, 'RoleBinding', [name, name, subjects], ns, false));
  }
  return out;
}

/** When the control plane came up: the kube-system namespace's creation. */
function initTime(c: Cluster): number {
  return c.get('Namespace', undefined, 'kube-system')?.metadata.creationTimestamp ?? c.t;
}

const minor = (c: Cluster) => Number(c.version.replace(/^v/, '').split('.')[1]);

/**
 * Brings the store's RBAC objects to the cluster's version: the bootstrap policy once (the objects the learner deleted
 * stay deleted), and after `kubeadm upgrade apply` to 1.29 the kubeadm:cluster-admins binding, stamped with the time
 * the upgraded API server started.
 */
export function ensureRbac(c: Cluster): void {
  if (!c.initialized || c.rbacSeeded === String(minor(c))) return;
  if (!c.rbacSeeded) {
    for (const o of bootstrapObjects(initTime(c))) if (!c.get(o.kind, o.metadata.namespace, o.metadata.name)) c.bucket(o.kind).set(c.key(o.metadata.namespace, o.metadata.name), o);
    aggregate(c, true);
    if (minor(c) >= 29) addClusterAdmins(c, initTime(c));
  } else if (minor(c) >= 29 && Number(c.rbacSeeded) < 29) {
    const started = c.list('Pod', 'kube-system').filter((p) => p.metadata.labels?.component === 'kube-apiserver').map((p) => p.metadata.creationTimestamp as number);
    addClusterAdmins(c, started.length ? Math.max(...started) : c.t);
  }
  c.rbacSeeded = String(minor(c));
}

/** kubeadm 1.29 (init, or upgrade apply): the kubeadm:cluster-admins ClusterRoleBinding, admin.conf's new group. */
function addClusterAdmins(c: Cluster, t: number): void {
  for (const b of KUBEADM_129_CLUSTER_ROLE_BINDINGS) {
    if (c.get('ClusterRoleBinding', undefined, b[0])) continue;
    const o = binding({ t, rv: 0 }, 'ClusterRoleBinding', b, undefined, false);
    o.metadata.resourceVersion = String(++c.rv);
    c.bucket(o.kind).set(c.key(undefined, o.metadata.name), o);
  }
}

/** a binding's subjects as `-o wide` lists them (rbac helpers' SubjectsStrings): users, groups, service accounts */
function subjectsStrings(subjects: any[] | undefined): string[] {
  const of = (k: string) => (subjects ?? []).filter((s) => s.kind === k);
  return [of('User').map((s) => s.name).join(', '), of('Group').map((s) => s.name).join(', '), of('ServiceAccount').map((s) => `${s.namespace ?? ''}/${s.name}`).join(', ')];
}
// the bindings' wide columns (USERS, GROUPS, SERVICEACCOUNTS), added here so the lab's first load stays as it was
for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
  COLUMNS[kind].wide = ['USERS', 'GROUPS', 'SERVICEACCOUNTS'];
  COLUMNS[kind].wideRow = (o) => subjectsStrings(o.subjects);
}

const sameRule = (a: any, b: any) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The clusterrole-aggregation controller: each ClusterRole with an aggregationRule gets the rules of every other
 * ClusterRole its selectors match, taken in name order, each rule once. Repeats until nothing changes (edit feeds admin).
 */
export function aggregate(c: Cluster, quiet = false): void {
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    const roles = c.list('ClusterRole').sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
    for (const agg of roles) {
      const selectors: any[] = agg.aggregationRule?.clusterRoleSelectors ?? [];
      if (!selectors.length) continue;
      const rules: any[] = [];
      const seen = new Set<string>();
      for (const r of roles) {
        if (r === agg || !selectors.some((s) => s.matchLabels && matchLabels(s.matchLabels, r.metadata.labels ?? {}))) continue;
        for (const x of r.rules ?? []) {
          const k = JSON.stringify(x);
          if (!seen.has(k)) {
            seen.add(k);
            rules.push(structuredClone(x));
          }
        }
      }
      if (!sameRule(rules, agg.rules ?? [])) {
        agg.rules = rules;
        if (!quiet) c.touch(agg);
        changed = true;
      }
    }
    if (!changed) return;
  }
}
