/**
 * The resource quota controller (pkg/controller/resourcequota, the evaluators in pkg/quota/v1/evaluator/core):
 * status.hard is the spec's hard, status.used what the namespace holds of each resource named there. Counted:
 * pods that are not terminal, the core object counts (services, services.nodeports, services.loadbalancers,
 * configmaps, secrets, persistentvolumeclaims, replicationcontrollers, resourcequotas), `count/<resource>[.<group>]`,
 * and cpu/memory requests and limits of non-terminal pods. A used quantity is printed in its hard's format, as
 * describeQuota does.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { lookupResource } from '../resources';
import { formatQuantityLike, quantity } from '../quantity';

/** A quantity in milli-units (cpu) or whole units (anything else), as the quota arithmetic adds them. */
export const quotaValue = (q: string | number | undefined, milli: boolean): number => Math.round(quantity(q) * (milli ? 1000 : 1));
const formatLike = formatQuantityLike;

const CORE_COUNTS: Record<string, string> = {
  services: 'Service',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
  persistentvolumeclaims: 'PersistentVolumeClaim',
  replicationcontrollers: 'ReplicationController',
  resourcequotas: 'ResourceQuota',
};

const terminal = (p: Obj) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

function podSum(pods: Obj[], field: 'requests' | 'limits', res: 'cpu' | 'memory'): number {
  let total = 0;
  for (const p of pods) {
    let sum = 0;
    for (const c of p.spec?.containers ?? []) sum += quotaValue(c.resources?.[field]?.[res] ?? (field === 'requests' ? c.resources?.limits?.[res] : undefined), res === 'cpu');
    // an init container runs alone: the pod needs the larger of it and the sum of the others
    for (const c of p.spec?.initContainers ?? []) sum = Math.max(sum, quotaValue(c.resources?.[field]?.[res] ?? (field === 'requests' ? c.resources?.limits?.[res] : undefined), res === 'cpu'));
    total += sum;
  }
  return total;
}

/** What a namespace uses of one quota resource, formatted like its hard value (undefined: not a resource we count). */
export function quotaUsed(c: Cluster, ns: string, resource: string, hard: string): string | undefined {
  const live = () => c.list('Pod', ns).filter((p) => !terminal(p));
  const count = (kind: string) => String(c.list(kind, ns).length);
  // `pods` counts the pods that are not terminal, count/pods every pod in storage (PodUsageFunc)
  if (resource === 'pods') return String(live().length);
  if (resource === 'count/pods') return count('Pod');
  if (CORE_COUNTS[resource]) return count(CORE_COUNTS[resource]);
  if (resource === 'services.nodeports') return String(c.list('Service', ns).reduce((n, s) => n + (['NodePort', 'LoadBalancer'].includes(s.spec?.type) ? (s.spec.ports ?? []).length : 0), 0));
  if (resource === 'services.loadbalancers') return String(c.list('Service', ns).filter((s) => s.spec?.type === 'LoadBalancer').length);
  if (resource === 'requests.storage') return formatLike(c.list('PersistentVolumeClaim', ns).reduce((n, p) => n + quotaValue(p.spec?.resources?.requests?.storage, false), 0), hard, false);
  const m = /^(requests\.|limits\.)?(cpu|memory)$/.exec(resource);
  if (m) {
    const field = m[1] === 'limits.' ? 'limits' : 'requests';
    const res = m[2] as 'cpu' | 'memory';
    return formatLike(podSum(live(), field, res), hard, res === 'cpu');
  }
  const cnt = /^count\/([a-z0-9-]+)(?:\.(.+))?$/.exec(resource);
  if (cnt) {
    const r = lookupResource(cnt[2] ? `${cnt[1]}.${cnt[2]}` : cnt[1]);
    if (r && r.name === cnt[1] && r.group === (cnt[2] ?? '')) return count(r.kind);
  }
  return undefined;
}

export const quotaMethods = {
  quotaController(this: Cluster): void {
    const quotas = this.store.get('ResourceQuota');
    if (!quotas?.size) return;
    for (const q of quotas.values()) {
      const ns = q.metadata.namespace!;
      const hard: Record<string, string> = { ...(q.spec?.hard ?? {}) };
      const used: Record<string, string> = {};
      for (const [r, h] of Object.entries(hard)) {
        const u = quotaUsed(this, ns, r, String(h));
        if (u !== undefined) used[r] = u;
      }
      const status = { hard, used };
      if (JSON.stringify(q.status ?? {}) !== JSON.stringify(status)) {
        q.status = status;
        this.touch(q);
      }
    }
  },
};

/** What one pod adds to each quota resource (podComputeUsageHelper; requests default to limits, as the API's defaulting does). */
function podUsage(p: any): Usage {
  const u: Usage = { pods: { v: 1, milli: false }, 'count/pods': { v: 1, milli: false } };
  const pod = { spec: p.spec } as Obj;
  const has = (field: 'requests' | 'limits', res: string) => (p.spec?.containers ?? []).some((c: any) => c.resources?.[field]?.[res] !== undefined || (field === 'requests' && c.resources?.limits?.[res] !== undefined));
  for (const res of ['cpu', 'memory'] as const) {
    if (has('requests', res)) u[res] = u[`requests.${res}`] = { v: podSum([pod], 'requests', res), milli: res === 'cpu' };
    if (has('limits', res)) u[`limits.${res}`] = { v: podSum([pod], 'limits', res), milli: res === 'cpu' };
  }
  return u;
}

type Usage = Record<string, { v: number; milli: boolean }>;

/**
 * What creating one object other than a pod adds (the generic object-count evaluator, count/<resource>[.<group>],
 * plus the core evaluators: services with services.nodeports and services.loadbalancers, and
 * persistentvolumeclaims with requests.storage).
 */
function objectUsage(d: any): Usage | null {
  const r = lookupResource(d.kind);
  if (!r || !r.namespaced) return null;
  const one = { v: 1, milli: false };
  const u: Usage = { [r.group ? `count/${r.name}.${r.group}` : `count/${r.name}`]: one };
  if (!r.group && CORE_COUNTS[r.name]) u[r.name] = one;
  if (d.kind === 'Service') {
    const type = d.spec?.type ?? 'ClusterIP';
    if (type === 'NodePort' || type === 'LoadBalancer') u['services.nodeports'] = { v: (d.spec?.ports ?? []).length, milli: false };
    if (type === 'LoadBalancer') u['services.loadbalancers'] = one;
  }
  if (d.kind === 'PersistentVolumeClaim' && d.spec?.resources?.requests?.storage !== undefined) u['requests.storage'] = { v: quotaValue(d.spec.resources.requests.storage, false), milli: false };
  return u;
}

/** the quotas' verdict on a usage: null, or `exceeded quota: q, requested: …, used: …, limited: …` (prettyPrint, sorted) */
function exceeds(c: Cluster, ns: string, quotas: Obj[], usage: Usage): string | null {
  for (const q of quotas) {
    const hard: Record<string, string> = q.status?.hard ?? q.spec?.hard ?? {};
    const exceeded: string[] = [];
    for (const r of Object.keys(hard)) {
      const add = usage[r];
      if (!add || !add.v) continue;
      const used = quotaValue(q.status?.used?.[r] ?? quotaUsed(c, ns, r, hard[r]) ?? '0', add.milli);
      if (used + add.v > quotaValue(hard[r], add.milli)) exceeded.push(r);
    }
    if (exceeded.length) {
      exceeded.sort();
      const list = (f: (r: string) => string) => exceeded.map((r) => `${r}=${f(r)}`).join(',');
      return `exceeded quota: ${q.metadata.name}, requested: ${list((r) => formatLike(usage[r].v, hard[r], usage[r].milli))}, used: ${list((r) => q.status?.used?.[r] ?? '0')}, limited: ${list((r) => hard[r])}`;
    }
  }
  return null;
}

/**
 * An admitted create charges every quota it counts against at once (the admission plugin writes the quotas' new
 * status.used), so creates in one burst see each other before the quota controller recounts.
 */
function charge(c: Cluster, ns: string, quotas: Obj[], usage: Usage): void {
  for (const q of quotas) {
    const hard: Record<string, string> = q.status?.hard ?? q.spec?.hard ?? {};
    const used: Record<string, string> = { ...(q.status?.used ?? {}) };
    let changed = false;
    for (const r of Object.keys(hard)) {
      const add = usage[r];
      if (!add || !add.v) continue;
      used[r] = formatLike(quotaValue(used[r] ?? quotaUsed(c, ns, r, hard[r]) ?? '0', add.milli) + add.v, hard[r], add.milli);
      changed = true;
    }
    if (changed) {
      q.status = { hard, used };
      c.touch(q);
    }
  }
}

const quotasIn = (c: Cluster, ns: string) => c.list('ResourceQuota', ns).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));

/**
 * The ResourceQuota admission plugin for a new pod in `ns` (apiserver/pkg/admission/plugin/resourcequota/controller.go):
 * null when every quota admits it, else the Forbidden message after `pods "<name>" is forbidden: `. A quota on cpu or
 * memory needs each container to say how much (podEvaluator.Constraints); a request past a hard limit is refused with
 * what was requested, used and limited (prettyPrint: resource=value, sorted).
 */
export function admitPod(c: Cluster, ns: string, pod: any, charged = false): string | null {
  const quotas = quotasIn(c, ns);
  if (!quotas.length) return null;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  for (const q of quotas) {
    const hard: Record<string, string> = q.status?.hard ?? q.spec?.hard ?? {};
    const required = Object.keys(hard).filter((r) => ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'].includes(r));
    const missing = new Map<string, Set<string>>();
    for (const ctr of containers) {
      const one = podUsage({ spec: { containers: [ctr] } });
      for (const r of required) if (!one[r]) missing.set(r, (missing.get(r) ?? new Set()).add(ctr.name));
    }
    if (missing.size) return `failed quota: ${q.metadata.name}: must specify ${[...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort().join(',')}`).join('; ')}`;
  }
  const usage = podUsage(pod);
  const denied = exceeds(c, ns, quotas, usage);
  if (!denied && charged) charge(c, ns, quotas, usage);
  return denied;
}

/**
 * Quota admission for any new object: the server's whole Forbidden text (`configmaps "c" is forbidden: exceeded
 * quota: …`), or null when it is admitted (cluster-scoped kinds and namespaces without quotas always are). An admitted
 * create is charged to the quotas unless `charged` is false (a server dry run).
 */
export function admitCreate(c: Cluster, ns: string | undefined, d: any, charged = true): string | null {
  const r = lookupResource(d.kind);
  if (!r || !r.namespaced) return null;
  const where = d.metadata?.namespace ?? ns ?? 'default';
  const quotas = quotasIn(c, where);
  if (!quotas.length) return null;
  let denied: string | null;
  if (d.kind === 'Pod') denied = admitPod(c, where, d, charged);
  else {
    const usage = objectUsage(d) ?? {};
    denied = exceeds(c, where, quotas, usage);
    if (!denied && charged) charge(c, where, quotas, usage);
  }
  return denied ? `${r.group ? `${r.name}.${r.group}` : r.name} "${d.metadata?.name ?? d.metadata?.generateName}" is forbidden: ${denied}` : null;
}

export const quotaCreateMethods = {
  /**
   * A controller's pod create through quota admission. Refused, the controller records FailedCreate and retries on
   * its work queue's per-item backoff (5 ms doubling, at most 1000 s); until then it does not try again. The event's
   * message is `Error creating: <error>` (PodControl) unless the controller words its own (StatefulSets do).
   */
  createPodAdmitted(this: Cluster, owner: Obj, nameFor: () => string, template: any, generateName: string | undefined, component: string, failMessage?: (error: string) => string): Obj | null {
    const ns = owner.metadata.namespace!;
    const uid = owner.metadata.uid;
    const b = this.createBackoff.get(uid);
    if (b && this.t < b[0]) return null;
    const denied = admitPod(this, ns, { spec: template?.spec }, true);
    if (!denied) {
      this.createBackoff.delete(uid);
      return this.newPod(ns, nameFor(), template, owner, generateName);
    }
    const n = (b?.[1] ?? 0) + 1;
    const delay = Math.min(1_000_000, 5 * 2 ** (n - 1));
    const error = `pods "${generateName ?? nameFor()}" is forbidden: ${denied}`;
    this.createBackoff.set(uid, [this.t + delay, n, error]);
    this.later(delay, 'createRetry');
    this.event(owner, 'Warning', 'FailedCreate', failMessage ? failMessage(error) : `Error creating: ${error}`, component);
    return null;
  },
  /** the error of an owner's last refused pod create, while it waits to try again */
  createFailure(this: Cluster, owner: Obj): string | undefined {
    return this.createBackoff.get(owner.metadata.uid)?.[2];
  },
  /** a controller's backoff ran out: the controllers look again */
  createRetry(this: Cluster): void {
    this.dirty = true;
  },
};
