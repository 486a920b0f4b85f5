/**
 * The cluster: an object store plus controllers over simulated time. Every kubectl output is printed from
 * this state. Time only moves through advanceTo(); controllers settle after every change.
 *
 * The state is plain data (the fields below: objects, Maps, Sets, numbers), and scheduled steps are data
 * too (`Timer`: a method name and its arguments), so `save()` / `restore()` can carry a cluster across a
 * snapshot. The behaviour lives in one module per part, mixed into this class:
 *   cluster/nodes.ts, cluster/pods.ts, cluster/kubelet.ts, cluster/scheduler.ts,
 *   controllers/deployment.ts, replicaset.ts, daemonset.ts, endpoints.ts, endpointslices.ts, hpa.ts, disruption.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { clone, ownerOf, type Obj, type OwnerRef } from './objects';
import { Rng } from './rand';
import { byKind, apiVersionOf } from './resources';
import type { NodeSim, PodSim, Timer, WatchType, Watcher } from './cluster/types';
import { nodeMethods } from './cluster/nodes';
import { taintMethods } from './cluster/taints';
import { podMethods } from './cluster/pods';
import { kubeletMethods } from './cluster/kubelet';
import { probeMethods } from './cluster/probes';
import { schedulerMethods } from './cluster/scheduler';
import { deploymentMethods, revision, sameTemplate } from './controllers/deployment';
import { replicaSetMethods } from './controllers/replicaset';
import { daemonSetMethods } from './controllers/daemonset';
import { endpointsMethods } from './controllers/endpoints';
import { endpointSliceMethods } from './controllers/endpointslices';
import { quotaCreateMethods, quotaMethods } from './controllers/quota';
import { hpaMethods } from './controllers/hpa';
import { disruptionMethods } from './controllers/disruption';
import { jobMethods } from './controllers/job';
import { cronJobMethods } from './controllers/cronjob';
import { statefulSetMethods } from './controllers/statefulset';
import { volumeMethods } from './controllers/volumes';
import { leaseMethods } from './cluster/leases';
import { cleanCsrs } from './certificates/csr';
import { syncApiServices } from './controllers/apiservices';

export { cpuMilli, memKi, podRequests, tolerates } from './quantity';
export { NOT_READY_GRACE, EVICTION_DELAY } from './cluster/types';
export type { NodeSim, PodSim, Timer, WatchType, Watcher } from './cluster/types';

const KIND_ORDER = ['Namespace', 'Node', 'ConfigMap', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'Service', 'Endpoints', 'Ingress', 'PersistentVolumeClaim', 'Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'CronJob', 'Job', 'Pod', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Event'];
/** what the garbage collector removes with an owner */
const DEPENDENTS: Record<string, string> = { Deployment: 'ReplicaSet', ReplicaSet: 'Pod', DaemonSet: 'Pod', Node: 'Pod', StatefulSet: 'Pod', Job: 'Pod', CronJob: 'Job' };

type Methods = typeof nodeMethods &
  typeof taintMethods &
  typeof podMethods &
  typeof kubeletMethods &
  typeof probeMethods &
  typeof schedulerMethods &
  typeof deploymentMethods &
  typeof replicaSetMethods &
  typeof daemonSetMethods &
  typeof endpointsMethods &
  typeof endpointSliceMethods &
  typeof quotaMethods &
  typeof quotaCreateMethods &
  typeof hpaMethods &
  typeof disruptionMethods &
  typeof jobMethods &
  typeof cronJobMethods &
  typeof statefulSetMethods &
  typeof volumeMethods &
  typeof leaseMethods;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Cluster extends Methods {}

/** Everything a cluster is, as plain data (what save() returns and restore() takes). */
export interface ClusterState {
  t: number;
  rng: number;
  store: Map<string, Map<string, Obj>>;
  nodes: Map<string, NodeSim>;
  pods: Map<string, PodSim>;
  timers: Timer[];
  seq: number;
  rv: number;
  dirty: boolean;
  podsTouched: boolean;
  toStart: Set<string>;
  initialized: boolean;
  apiserverUp: boolean;
  version: string;
  endpoint: string;
  podCidr: string;
  serviceCidr: string;
  clusterName: string;
  cni: '' | 'flannel' | 'calico';
  unstable: boolean;
  usedIps: Set<string>;
  usedPorts: Set<number>;
  eventIndex: Map<string, string>;
  accessLog: Map<string, { at: number; text: string }[]>;
  progress: Map<string, { key: string; at: number }>;
  hpaTimer: boolean;
  hpaRecs: Map<string, [number, number][]>;
  jobBackoff: Map<string, number>;
  createBackoff: Map<string, [number, number, string?]>;
  triggerTimes: Map<string, { svc: number; pods: Record<string, number> }>;
  cronTimer: boolean;
  pvcWaiting: Set<string>;
  rbacSeeded: string;
  outages: [number, number][];
}
const STATE_KEYS = ['t', 'store', 'nodes', 'pods', 'timers', 'seq', 'rv', 'dirty', 'podsTouched', 'toStart', 'initialized', 'apiserverUp', 'version', 'endpoint', 'podCidr', 'serviceCidr', 'clusterName', 'cni', 'unstable', 'usedIps', 'usedPorts', 'eventIndex', 'accessLog', 'progress', 'hpaTimer', 'hpaRecs', 'jobBackoff', 'createBackoff', 'triggerTimes', 'cronTimer', 'pvcWaiting', 'rbacSeeded', 'outages'] as const;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Cluster {
  t: number;
  rng: Rng;
  store = new Map<string, Map<string, Obj>>();
  nodes = new Map<string, NodeSim>();
  pods = new Map<string, PodSim>();
  timers: Timer[] = [];
  seq = 0;
  rv = 1000;
  dirty = false;
  watchers = new Set<Watcher>();
  /** whether kubeadm init ran (the API server answers) */
  initialized = false;
  apiserverUp = true;
  version = 'v1.28.15';
  endpoint = '';
  podCidr = '';
  serviceCidr = '10.96.0.0/12';
  clusterName = 'kubernetes';
  cni: '' | 'flannel' | 'calico' = '';
  usedIps = new Set<string>();
  usedPorts = new Set<number>();
  /** uid|reason|message → the name of the Event that counts it */
  eventIndex = new Map<string, string>();
  /** requests served by pods (for their logs), by pod uid */
  accessLog = new Map<string, { at: number; text: string }[]>();
  podsTouched = true;
  /** pods bound to a node that their kubelet has not started yet */
  toStart = new Set<string>();
  /** containerd and the kubelet disagree on the cgroup driver: the control plane keeps restarting */
  unstable = false;
  idx: Map<string, Map<string, Obj[]>> | null = null;
  progress = new Map<string, { key: string; at: number }>();
  hpaTimer = false;
  hpaRecs = new Map<string, [number, number][]>();
  /** a Job's next pod waits until then after a failure (by job uid) */
  jobBackoff = new Map<string, number>();
  /** a controller whose pod create quota refused waits until then before it tries again: [until, failures] (by owner uid) */
  createBackoff = new Map<string, [number, number, string?]>();
  /** what the Endpoints and EndpointSlice controllers last saw of each Service's trigger times (controllers/trigger-time.ts) */
  triggerTimes = new Map<string, { svc: number; pods: Record<string, number> }>();
  cronTimer = false;
  /** claims the volume controller keeps retrying (by uid) */
  pvcWaiting = new Set<string>();
  /** the minor version whose RBAC bootstrap policy is in the store ('' none yet): rbac/policy.ts puts it there when kubectl first talks to the cluster */
  rbacSeeded = '';
  /** the API server's restarts while the control plane flaps: [down, back] (the kubelets' journals log them) */
  outages: [number, number][] = [];

  constructor(seed: number | string = 1, start = Date.UTC(2025, 11, 10, 1, 0, 0)) {
    this.rng = new Rng(seed);
    this.t = start;
  }
  bucket(kind: string): Map<string, Obj> {
    let m = this.store.get(kind);
    if (!m) this.store.set(kind, (m = new Map()));
    return m;
  }
  key(ns: string | undefined, name: string): string {
    return ns ? ns + '/' + name : name;
  }
  get(kind: string, ns: string | undefined, name: string): Obj | undefined {
    // a lease read is brought up to its holder's last renewal first (cluster/leases.ts)
    if (kind === 'Lease') this.renewLeases();
    if (kind === 'CertificateSigningRequest') cleanCsrs(this);
    if (kind === 'APIService') syncApiServices(this);
    return this.store.get(kind)?.get(this.key(byKind(kind).namespaced ? ns : undefined, name));
  }
  list(kind: string, ns?: string): Obj[] {
    if (kind === 'Lease') this.renewLeases();
    if (kind === 'CertificateSigningRequest') cleanCsrs(this);
    if (kind === 'APIService') syncApiServices(this);
    const m = this.store.get(kind);
    if (!m) return [];
    const all = [...m.values()];
    return ns === undefined ? all : all.filter((o) => o.metadata.namespace === ns);
  }
  watch(w: Watcher): () => void {
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }
  uid(): string {
    const h = this.rng.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.rng.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  touch(o: Obj, type: WatchType = 'MODIFIED'): void {
    o.metadata.resourceVersion = String(++this.rv);
    this.dirty = true;
    if (o.kind === 'Pod' || o.kind === 'Service') this.podsTouched = true;
    if (o.kind === 'Pod' && o.spec?.nodeName && type !== 'DELETED' && (this.pods.get(o.metadata.uid)?.stage ?? 'new') === 'new') this.toStart.add(`${o.metadata.namespace}/${o.metadata.name}`);
    for (const w of this.watchers) w(type, o);
  }
  /** Adds an object with server-side defaults filled in. */
  add(o: Obj): Obj {
    const r = byKind(o.kind);
    o.apiVersion = o.apiVersion ?? apiVersionOf(r);
    const md = o.metadata;
    if (r.namespaced) md.namespace = md.namespace ?? 'default';
    else delete md.namespace;
    if (!md.uid) md.uid = this.uid();
    md.creationTimestamp = md.creationTimestamp ?? this.t;
    if (['Deployment', 'ReplicaSet', 'DaemonSet'].includes(o.kind)) md.generation = 1;
    this.bucket(o.kind).set(this.key(md.namespace, md.name), o);
    this.touch(o, 'ADDED');
    return o;
  }
  remove(o: Obj): void {
    const m = this.store.get(o.kind);
    if (!m?.delete(this.key(o.metadata.namespace, o.metadata.name))) return;
    if (o.kind === 'Pod') {
      this.pods.delete(o.metadata.uid);
      if (o.status?.podIP && !o.spec.hostNetwork) this.usedIps.delete(o.status.podIP);
    }
    if (o.kind === 'Service') {
      for (const p of o.spec.ports ?? []) if (p.nodePort) this.usedPorts.delete(p.nodePort);
      const ep = this.get('Endpoints', o.metadata.namespace, o.metadata.name);
      if (ep) this.remove(ep);
      for (const s of this.list('EndpointSlice', o.metadata.namespace)) if (s.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid)) this.remove(s);
    }
    this.touch(o, 'DELETED');
    // garbage collection of dependents (background propagation)
    if (DEPENDENTS[o.kind]) {
      for (const kind of [DEPENDENTS[o.kind]]) {
        for (const d of this.list(kind)) if (d.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid)) this.deleteObj(d);
      }
    }
    if (o.kind === 'Namespace') for (const k of KIND_ORDER) if (byKind(k).namespaced) for (const d of this.list(k, o.metadata.name)) this.remove(d);
  }
  /** API delete: pods get a graceful termination, the rest go at once (dependents collected). */
  deleteObj(o: Obj, graceSeconds?: number): void {
    if (o.kind === 'Pod') return this.deletePod(o, graceSeconds);
    if (o.kind === 'Namespace') {
      if (o.metadata.deletionTimestamp) return;
      o.metadata.deletionTimestamp = this.t;
      o.status = { phase: 'Terminating' };
      this.touch(o);
      for (const k of KIND_ORDER) if (byKind(k).namespaced && k !== 'Event') for (const d of this.list(k, o.metadata.name)) this.deleteObj(d, 0);
      this.later(2500 + this.rng.int(3000), 'removeLater', o.kind, o.metadata.namespace ?? null, o.metadata.name, o.metadata.uid);
      return;
    }
    if (o.kind === 'Node') {
      this.nodes.delete(o.metadata.name);
      // the garbage collector removes the node's lease with it (its owner)
      const l = this.get('Lease', 'kube-node-lease', o.metadata.name);
      if (l?.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid)) this.remove(l);
    }
    this.remove(o);
  }
  /** Schedules `this[fn](...args)` after `ms` of simulated time. */
  later(ms: number, fn: string, ...args: unknown[]): void {
    const tm: Timer = { at: this.t + Math.max(0, Math.round(ms)), seq: this.seq++, fn, args };
    let i = this.timers.length;
    while (i > 0 && (this.timers[i - 1].at > tm.at || (this.timers[i - 1].at === tm.at && this.timers[i - 1].seq > tm.seq))) i--;
    this.timers.splice(i, 0, tm);
  }
  nextTimerAt(): number | undefined {
    return this.timers[0]?.at;
  }
  advanceTo(target: number): void {
    this.settle();
    while (this.timers.length && this.timers[0].at <= target) {
      // timers within a few milliseconds of each other run together, then the controllers settle once
      const until = Math.min(target, this.timers[0].at + 50);
      while (this.timers.length && this.timers[0].at <= until) {
        const tm = this.timers.shift()!;
        if (tm.at > this.t) this.t = tm.at;
        (this as any)[tm.fn](...tm.args);
      }
      this.settle();
    }
    if (target > this.t) this.t = target;
    this.settle();
  }
  /** A kubelet step for a pod on a node: dropped when the pod is gone or its worker moved on (token). */
  laterPod(ms: number, p: Obj, n: NodeSim | null, token: number, fn: string, ...args: unknown[]): void {
    this.later(ms, 'podStep', p.metadata.namespace ?? 'default', p.metadata.name, p.metadata.uid, n?.name ?? null, token, fn, args);
  }
  podStep(ns: string, name: string, uid: string, node: string | null, token: number, fn: string, args: unknown[]): void {
    const p = this.get('Pod', ns, name);
    if (!p || p.metadata.uid !== uid || this.sim(p).token !== token) return;
    if (node === null) return (this as any)[fn](p, ...args);
    const n = this.nodes.get(node);
    if (n) (this as any)[fn](p, n, ...args);
  }
  removeLater(kind: string, ns: string | null, name: string, uid: string): void {
    const o = this.get(kind, ns ?? undefined, name);
    if (o && o.metadata.uid === uid) this.remove(o);
  }
  markDirty(): void {
    this.dirty = true;
  }
  advance(ms: number): void {
    this.advanceTo(this.t + ms);
  }
  /** Runs time forward until nothing is scheduled within `max` ms (for tests and labs). */
  settleAll(max = 600_000, step = 5_000): void {
    const end = this.t + max;
    while (this.t < end) {
      const n = this.nextTimerAt();
      if (n === undefined || n > this.t + step * 60) break;
      this.advanceTo(Math.min(end, n));
    }
  }
  settle(): void {
    for (let i = 0; i < 40 && this.dirty; i++) {
      this.dirty = false;
      this.idx = null;
      this.deploymentController();
      this.idx = null;
      this.replicaSetController();
      this.idx = null;
      this.daemonSetController();
      this.idx = null;
      this.statefulSetController();
      this.idx = null;
      this.cronJobController();
      this.idx = null;
      this.jobController();
      this.idx = null;
      this.volumeController();
      this.quotaController();
      this.scheduler();
      this.kubelets();
      if (this.podsTouched) {
        this.podsTouched = false;
        this.endpointsController();
        this.endpointSliceController();
      }
    }
  }
  setUnstable(on: boolean): void {
    if (on === this.unstable) return;
    this.unstable = on;
    if (on) this.later(30_000 + this.rng.int(30_000), 'flap');
    else this.apiserverUp = true;
  }
  flap(): void {
    if (!this.unstable || !this.initialized) return;
    this.apiserverUp = false;
    // every pod on the node whose containerd disagrees with its kubelet (the control plane's) loses its sandbox
    // and is started again; the pods on the other nodes are not touched
    const cp = new Set([...this.nodes.values()].filter((n) => n.controlPlane).map((n) => n.name));
    for (const p of this.list('Pod')) {
      if (!cp.has(p.spec?.nodeName) || !(p.status?.containerStatuses ?? []).some((cs: any) => cs.state?.running)) continue;
      this.event(p, 'Normal', 'SandboxChanged', 'Pod sandbox changed, it will be killed and re-created.', `kubelet|${p.spec.nodeName}`);
      for (const cs of p.status.containerStatuses) if (cs.state?.running) this.event(p, 'Normal', 'Killing', `Stopping container ${cs.name}`, `kubelet|${p.spec.nodeName}`);
      this.restartPod(p);
    }
    const down = 15_000 + this.rng.int(20_000);
    this.outages = [...(this.outages ?? []), [this.t, this.t + down] as [number, number]].slice(-20);
    this.later(down, 'flapEnd');
  }
  flapEnd(): void {
    this.apiserverUp = true;
    if (this.unstable) this.later(40_000 + this.rng.int(50_000), 'flap');
  }
  event(obj: Obj, type: 'Normal' | 'Warning', reason: string, message: string, source: string, fieldPath?: string): void {
    const ns = obj.metadata.namespace ?? 'default';
    const k = `${obj.metadata.uid}|${reason}|${message}`;
    const exName = this.eventIndex.get(k);
    const ex = exName === undefined ? undefined : this.get('Event', ns, exName);
    if (ex) {
      ex.count++;
      ex.lastTimestamp = this.t;
      this.touch(ex);
      return;
    }
    const e: Obj = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${obj.metadata.name}.${this.rng.hex(16)}`, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: this.t },
      involvedObject: { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, ...(fieldPath ? { fieldPath } : {}) },
      type,
      reason,
      message,
      source: source.includes('|') ? { component: source.split('|')[0], host: source.split('|')[1] } : { component: source },
      count: 1,
      firstTimestamp: this.t,
      lastTimestamp: this.t,
      // client-go's recorder (tools/record) reports its source as the reporting controller and instance
      reportingComponent: source.split('|')[0],
      reportingInstance: source.split('|')[1] ?? '',
    };
    this.eventIndex.set(k, e.metadata.name);
    this.add(e);
  }
  eventsFor(obj: Obj): Obj[] {
    return this.list('Event', obj.metadata.namespace ?? 'default')
      // the kubelet names its node by name in the uid field; describe node searches both
      .filter((e) => (e.involvedObject.uid === obj.metadata.uid || (obj.kind === 'Node' && e.involvedObject.kind === 'Node' && e.involvedObject.uid === obj.metadata.name)) && this.t - e.lastTimestamp < 3600_000)
      .sort((a, b) => a.firstTimestamp - b.firstTimestamp);
  }
  clusterIp(fixed?: string): string {
    if (fixed && fixed !== 'None') {
      this.usedIps.add(fixed);
      return fixed;
    }
    for (;;) {
      const ip = `10.${this.rng.range(96, 111)}.${this.rng.int(256)}.${this.rng.range(1, 254)}`;
      if (!this.usedIps.has(ip)) {
        this.usedIps.add(ip);
        return ip;
      }
    }
  }
  nodePort(fixed?: number): number | string {
    if (fixed) {
      if (this.usedPorts.has(fixed)) return `provided port is already allocated`;
      if (fixed < 30000 || fixed > 32767) return `provided port is not in the valid range. The range of valid ports is 30000-32767`;
      this.usedPorts.add(fixed);
      return fixed;
    }
    for (;;) {
      const p = this.rng.range(30000, 32767);
      if (!this.usedPorts.has(p)) {
        this.usedPorts.add(p);
        return p;
      }
    }
  }
  /** the second and third octets of a node's pod subnet */
  podSubnet(n: NodeSim): string {
    const cidr = this.podCidr || '10.244.0.0/16';
    const [a, b] = cidr.split('.');
    return `${a}.${b}.${n.podIndex}`;
  }
  /** objects of a kind by their controller's uid (built once per controller pass) */
  byOwner(kind: string): Map<string, Obj[]> {
    this.idx = this.idx ?? new Map();
    let m = this.idx.get(kind);
    if (!m) {
      m = new Map();
      for (const o of this.list(kind)) {
        const r = o.metadata.ownerReferences?.[0];
        if (!r) continue;
        const a = m.get(r.uid);
        if (a) a.push(o);
        else m.set(r.uid, [o]);
      }
      this.idx.set(kind, m);
    }
    return m;
  }
  owned(kind: string, owner: Obj): Obj[] {
    if (this.idx) return [...(this.byOwner(kind).get(owner.metadata.uid) ?? [])].filter((o) => this.get(o.kind, o.metadata.namespace, o.metadata.name) === o);
    return this.list(kind, owner.metadata.namespace).filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid));
  }
  setStatus(o: Obj, status: any): void {
    if (JSON.stringify(status) !== JSON.stringify(o.status)) {
      o.status = status;
      this.touch(o);
    }
  }
  ownerRef(o: Obj): OwnerRef {
    return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, controller: true, blockOwnerDeletion: true };
  }
  static revision(rs: Obj): number {
    return revision(rs);
  }
  static sameTemplate(a: any, b: any): boolean {
    return sameTemplate(a, b);
  }

  // ------------------------------------------------------------------ snapshot
  /** The whole state as plain data (shared with the cluster: clone it to keep a copy). */
  save(): ClusterState {
    const s: any = { rng: this.rng.state };
    for (const k of STATE_KEYS) s[k] = (this as any)[k];
    return s as ClusterState;
  }
  /** Puts a saved state back (watchers stay as they are). */
  restore(s: ClusterState): void {
    for (const k of STATE_KEYS) (this as any)[k] = s[k];
    this.outages ??= [];
    this.createBackoff ??= new Map();
    this.triggerTimes ??= new Map();
    this.rng.state = s.rng;
    this.idx = null;
  }
}

Object.assign(Cluster.prototype, nodeMethods, taintMethods, podMethods, kubeletMethods, probeMethods, schedulerMethods, deploymentMethods, replicaSetMethods, daemonSetMethods, endpointsMethods, endpointSliceMethods, quotaMethods, quotaCreateMethods, hpaMethods, disruptionMethods, jobMethods, cronJobMethods, statefulSetMethods, volumeMethods, leaseMethods);
