/**
 * The APIService objects of a kubeadm cluster. kube-apiserver's aggregator registers one "Local" APIService for each
 * group-version its delegate servers list (cmd/kube-apiserver/app/aggregator.go apiServicesToRegister: /api/v1 and
 * each /apis/GROUP/VERSION found in apiVersionPriorities; the aggregator's own apiregistration.k8s.io is not among
 * them), labelled kube-aggregator.kubernetes.io/automanaged=onstart (autoregister_controller.go), named VERSION.GROUP,
 * with the group and version priorities of that map; a version no longer served after an upgrade loses its
 * APIService. The availability controller (staging/src/k8s.io/kube-aggregator/pkg/controllers/status/
 * available_controller.go, v1.28) marks a local one Available "Local", and one backed by a Service (metrics-server's
 * v1beta1.metrics.k8s.io) by what it finds behind the Service. Brought up to date when APIServices are read.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { RESOURCES, servedVersions } from '../resources';
import { fnv32a } from '../../hash';

/** apiVersionPriorities of v1.28 (group, version), and flowcontrol.apiserver.k8s.io/v1 which v1.29 serves */
const PRIORITIES: Record<string, [number, number]> = {
  v1: [18000, 1],
  'apps/v1': [17800, 15],
  'events.k8s.io/v1': [17750, 15],
  'authentication.k8s.io/v1': [17700, 15],
  'authorization.k8s.io/v1': [17600, 15],
  'autoscaling/v1': [17500, 15],
  'autoscaling/v2': [17500, 30],
  'batch/v1': [17400, 15],
  'certificates.k8s.io/v1': [17300, 15],
  'networking.k8s.io/v1': [17200, 15],
  'policy/v1': [17100, 15],
  'rbac.authorization.k8s.io/v1': [17000, 15],
  'storage.k8s.io/v1': [16800, 15],
  'apiextensions.k8s.io/v1': [16700, 15],
  'admissionregistration.k8s.io/v1': [16700, 15],
  'scheduling.k8s.io/v1': [16600, 15],
  'coordination.k8s.io/v1': [16500, 15],
  'node.k8s.io/v1': [16300, 15],
  'discovery.k8s.io/v1': [16200, 15],
  'flowcontrol.apiserver.k8s.io/v1': [16100, 21],
  'flowcontrol.apiserver.k8s.io/v1beta3': [16100, 18],
  'flowcontrol.apiserver.k8s.io/v1beta2': [16100, 15],
};

const MANAGED = 'kube-aggregator.kubernetes.io/automanaged';

/** NAME of a group-version's APIService: VERSION.GROUP ("v1." for the core group) */
export function apiServiceName(gv: string): string {
  const [group, version] = gv.includes('/') ? gv.split('/') : ['', gv];
  return `${version}.${group}`;
}

/** The group-versions the cluster's kube-apiserver registers as local APIServices. */
export function localGroupVersions(minor: number): string[] {
  const rs = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io');
  return servedVersions(rs, minor).filter((gv) => PRIORITIES[gv]);
}

function uidOf(name: string, at: number): string {
  const h = [0, 1, 2, 3].map((i) => fnv32a(`apiservice|${name}|${at}|${i}`).toString(16).padStart(8, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[fnv32a(name) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** when the running kube-apiserver started: its mirror pod's creation, else the cluster's first namespace's */
function apiserverStart(c: Cluster): number {
  const pod = c.list('Pod', 'kube-system').find((p) => p.metadata.labels?.component === 'kube-apiserver');
  return pod?.metadata.creationTimestamp ?? c.get('Namespace', undefined, 'default')?.metadata.creationTimestamp ?? c.t;
}

function condition(o: Obj, status: 'True' | 'False', reason: string, message: string, at: number): void {
  const cur = o.status?.conditions?.[0];
  if (cur && cur.status === status && cur.reason === reason && cur.message === message) return;
  const since = cur && cur.status === status ? cur.lastTransitionTime : at;
  o.status = { conditions: [{ lastTransitionTime: since, message, reason, status, type: 'Available' }] };
}

/** The Service an APIService points at, checked as the availability controller does. */
function serviceAvailability(c: Cluster, o: Obj): [status: 'True' | 'False', reason: string, message: string, at: number] {
  const ref = o.spec.service;
  const port = ref.port ?? 443;
  const where = `service/${ref.name} in ${JSON.stringify(ref.namespace)}`;
  const svc = c.get('Service', ref.namespace, ref.name);
  if (!svc) return ['False', 'ServiceNotFound', `${where} is not present`, c.t];
  const sp = (svc.spec.ports ?? []).find((p: any) => p.port === port);
  if (!sp) return ['False', 'ServicePortError', `${where} is not listening on port ${port}`, c.t];
  const ready = svc.spec.selector ? c.list('Pod', ref.namespace).filter((p) => Object.entries(svc.spec.selector).every(([k, v]) => p.metadata.labels?.[k] === v) && c.podReady(p)) : [];
  if (!ready.length) return ['False', 'MissingEndpoints', `endpoints for ${where} have no addresses with port name ${JSON.stringify(sp.name ?? '')}`, c.t];
  const since = Math.min(...ready.map((p) => p.status?.conditions?.find((x: any) => x.type === 'Ready')?.lastTransitionTime ?? c.t));
  return ['True', 'Passed', 'all checks passed', since];
}

/** Brings the APIServices up to date: the local ones the running kube-apiserver registers, and each one's Available condition. */
let syncing = false;
export function syncApiServices(c: Cluster): void {
  if (!c.initialized || syncing) return;
  syncing = true;
  try {
    sync(c);
  } finally {
    syncing = false;
  }
}

/** the kube-apiserver start whose registrations were made: "onstart" APIServices are synced once per start */
const synced = new WeakMap<Cluster, number>();

function sync(c: Cluster): void {
  const start = apiserverStart(c);
  if (synced.get(c) !== start) {
    synced.set(c, start);
    register(c, start);
  }
  availability(c);
}

/** the autoregister controller at a kube-apiserver start: the served group-versions' APIServices, the others gone */
function register(c: Cluster, start: number): void {
  const minor = Number(String(c.version).replace(/^v/, '').split('.')[1]) || 28;
  const want = new Map(localGroupVersions(minor).map((gv) => [apiServiceName(gv), gv]));
  for (const o of c.list('APIService')) {
    if (o.metadata.labels?.[MANAGED] === 'onstart' && !o.spec?.service && !want.has(o.metadata.name)) c.remove(o);
  }
  for (const [name, gv] of want) {
    if (c.get('APIService', undefined, name)) continue;
    const [group, version] = gv.includes('/') ? gv.split('/') : ['', gv];
    const [gp, vp] = PRIORITIES[gv];
    const at = Math.min(start, c.t);
    const o: Obj = {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name, labels: { [MANAGED]: 'onstart' }, uid: uidOf(name, at), creationTimestamp: at, resourceVersion: '' },
      spec: { ...(group ? { group } : {}), groupPriorityMinimum: gp, version, versionPriority: vp },
      status: { conditions: [{ lastTransitionTime: at, message: 'Local APIServices are always available', reason: 'Local', status: 'True', type: 'Available' }] },
    };
    c.add(o);
  }
}

function availability(c: Cluster): void {
  for (const o of c.list('APIService')) {
    if (!o.spec?.service) continue;
    // the API defaults a service reference's port to 443
    o.spec.service.port ??= 443;
    const [status, reason, message, at] = serviceAvailability(c, o);
    const before = JSON.stringify(o.status ?? null);
    condition(o, status, reason, message, Math.max(at, o.metadata.creationTimestamp ?? 0));
    if (JSON.stringify(o.status) !== before) o.metadata.resourceVersion = String(++c.rv);
  }
}
