/**
 * Who kubectl's requests come from and whether the API server lets them through: the kubeconfig's user (kubeadm's
 * admin.conf: kubernetes-admin in system:masters, in kubeadm:cluster-admins from 1.29) or the one --as and --as-group
 * impersonate. `forbiddenRequest` is the one place where a command's requests meet the authorizer: the requests a
 * verb makes first (list or get, delete, create) are checked before it runs, for whoever sends them.
 */
import type { Kubectl } from '../kubectl/client';
import type { Parsed } from '../kubectl/cli';
import { fail, gr, type KResult } from '../kubectl/result';
import { lookupResource, type ResourceInfo } from '../resources';
import { authorize, forbidden, subjectFor, type Attributes, type Subject } from './authorizer';

const asGroups = (p: Parsed): string[] => ((p.flags['as-group'] as string[] | undefined) ?? []).filter(Boolean);

export function requester(k: Kubectl, p: Parsed): Subject {
  const as = p.flags.as as string | undefined;
  if (as) return subjectFor(as, asGroups(p));
  const minor = Number(k.c.version.replace(/^v/, '').split('.')[1]);
  return { user: 'kubernetes-admin', groups: [minor >= 29 ? 'kubeadm:cluster-admins' : 'system:masters', 'system:authenticated'] };
}

/** client-go refuses groups (or a uid) to impersonate without a user, naming the kubeconfig's user entry */
export function impersonationError(k: Kubectl, p: Parsed): KResult | null {
  if (p.flags.as || (!asGroups(p).length && !p.flags['as-uid'])) return null;
  let user = 'kubernetes-admin';
  try {
    const io = k.env.kubeconfig;
    const text = io?.read();
    if (io && text) {
      const cfg = io.parseYaml(text);
      const ctx = (cfg?.contexts ?? []).find((x: { name: string }) => x.name === ((p.flags.context as string) || cfg?.['current-context']));
      if (ctx?.context?.user) user = ctx.context.user;
    }
  } catch {
    // an unreadable kubeconfig fails elsewhere
  }
  return fail(`error: requesting uid, groups or user-extra for ${user} without impersonating a user`);
}

/** The first request a verb sends for its arguments (kubectl get/describe list or get, delete, create, run, logs, exec). */
function firstRequests(k: Kubectl, p: Parsed): { a: Attributes; r: ResourceInfo }[] {
  const key = p.path.join(' ');
  const ns = k.ns(p);
  const all = !!p.flags['all-namespaces'];
  const scope = (r: ResourceInfo) => (r.namespaced ? (all ? '' : ns) : '');
  const at = (r: ResourceInfo, verb: string, name?: string, subresource?: string) => ({ a: { verb, group: r.group, resource: r.name, subresource, name, namespace: scope(r) }, r });
  const typed = () => {
    const t = k.targets(p.args, p.path);
    return Array.isArray(t) ? t : [];
  };
  switch (key) {
    case 'get':
    case 'describe':
      if (p.flags.filename) return [];
      return typed().map((t) => at(t.r, t.name ? 'get' : key === 'get' && p.flags.watch ? 'watch' : 'list', t.name));
    case 'delete':
      if (p.flags.filename) return [];
      return typed().map((t) => at(t.r, t.name ? 'delete' : 'list', t.name));
    case 'run': {
      const pods = lookupResource('pods')!;
      return [at(pods, 'create')];
    }
    case 'logs':
    case 'exec': {
      const pods = lookupResource('pods')!;
      const name = p.args[0];
      return name && !name.includes('/') ? [at(pods, 'get', name)] : [];
    }
  }
  if (p.path[0] === 'create' && p.path.length > 1) {
    const kind: Record<string, string> = { deployment: 'deployments', service: 'services', configmap: 'configmaps', secret: 'secrets', namespace: 'namespaces', serviceaccount: 'serviceaccounts', role: 'roles', rolebinding: 'rolebindings', clusterrole: 'clusterroles', clusterrolebinding: 'clusterrolebindings', job: 'jobs', cronjob: 'cronjobs', quota: 'resourcequotas', ingress: 'ingresses', poddisruptionbudget: 'poddisruptionbudgets', priorityclass: 'priorityclasses' };
    const r = lookupResource(kind[p.path[1]] ?? '');
    if (r && !p.flags['dry-run']) return [at(r, 'create')];
  }
  return [];
}

/**
 * The API server's answer to a request the user may not make, or null. The kubeconfig's admin passes as a member of
 * system:masters; from 1.29 its group is kubeadm:cluster-admins, which holds cluster-admin only through its binding.
 */
export function forbiddenRequest(k: Kubectl, p: Parsed): KResult | null {
  const s = requester(k, p);
  if (s.groups.includes('system:masters')) return null;
  for (const { a, r } of firstRequests(k, p)) {
    const d = authorize(k.c, s, a);
    if (!d.allowed) return fail(forbidden(s, a, gr(r), d.reason));
  }
  return null;
}
