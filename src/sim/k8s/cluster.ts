/**
 * The cluster: an object store plus controllers over simulated time. Every kubectl output is printed from
 * this state. Time only moves through advanceTo(); controllers settle after every change.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { clone, matchLabels, ownerOf, type Labels, type Obj, type OwnerRef } from './objects';
import { parseImage, pullable, pullError, pullMs } from './images';
import { Rng, templateHash } from './rand';
import { byKind, apiVersionOf } from './resources';
import { missingVolumes, resolveEnv } from './podconfig';
import { cpuMilli, intOrPercent, podRequests, tolerates } from './quantity';

export { cpuMilli, memKi, podRequests, tolerates } from './quantity';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type Watcher = (type: WatchType, obj: Obj) => void;

export interface NodeSim {
  name: string;
  ip: string;
  controlPlane: boolean;
  /** VM powered on */
  up: boolean;
  kubelet: boolean;
  runtime: boolean;
  kubeletVersion: string;
  runtimeVersion: string;
  osImage: string;
  kernel: string;
  cpus: number;
  memKi: number;
  cni: boolean;
  lastHeartbeat: number;
  ready: 'True' | 'False' | 'Unknown';
  readySince: number;
  images: Set<string>;
  podIndex: number;
  nextIp: number;
  bootId: string;
}

interface PodSim {
  stage: 'new' | 'creating' | 'pulling' | 'backoff' | 'running' | 'crash' | 'done' | 'killing';
  pullFailures: number;
  crashes: number;
  token: number;
  /** the environment each container started with (name -> [key, value] pairs): fixed until it restarts */
  env?: Record<string, [string, string][]>;
  /** failed attempts to mount a volume / to build a container's configuration (their back-off) */
  mountFailures?: number;
  configFailures?: number;
}

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

export const NOT_READY_GRACE = 40_000;
export const EVICTION_DELAY = 300_000;
const KIND_ORDER = ['Namespace', 'Node', 'ConfigMap', 'Service', 'Endpoints', 'Deployment', 'ReplicaSet', 'DaemonSet', 'Pod', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Event'];

export class Cluster {
  t: number;
  readonly rng: Rng;
  private store = new Map<string, Map<string, Obj>>();
  readonly nodes = new Map<string, NodeSim>();
  private pods = new Map<string, PodSim>();
  private timers: Timer[] = [];
  private seq = 0;
  private rv = 1000;
  private dirty = false;
  private watchers = new Set<Watcher>();
  /** whether kubeadm init ran (the API server answers) */
  initialized = false;
  apiserverUp = true;
  version = 'v1.28.15';
  endpoint = '';
  podCidr = '';
  serviceCidr = '10.96.0.0/12';
  clusterName = 'kubernetes';
  cni: '' | 'flannel' | 'calico' = '';
  private usedIps = new Set<string>();
  private usedPorts = new Set<number>();
  private eventIndex = new Map<string, Obj>();
  /** requests served by pods (for their logs), by pod uid */
  readonly accessLog = new Map<string, { at: number; text: string }[]>();

  constructor(seed: number | string = 1, start = Date.UTC(2025, 11, 10, 1, 0, 0)) {
    this.rng = new Rng(seed);
    this.t = start;
  }

  // ------------------------------------------------------------------ store
  private bucket(kind: string): Map<string, Obj> {
    let m = this.store.get(kind);
    if (!m) this.store.set(kind, (m = new Map()));
    return m;
  }
  key(ns: string | undefined, name: string): string {
    return ns ? ns + '/' + name : name;
  }
  get(kind: string, ns: string | undefined, name: string): Obj | undefined {
    return this.store.get(kind)?.get(this.key(byKind(kind).namespaced ? ns : undefined, name));
  }
  list(kind: string, ns?: string): Obj[] {
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
  private podsTouched = true;
  /** pods bound to a node that their kubelet has not started yet */
  private toStart = new Set<Obj>();
  touch(o: Obj, type: WatchType = 'MODIFIED'): void {
    o.metadata.resourceVersion = String(++this.rv);
    this.dirty = true;
    if (o.kind === 'Pod' || o.kind === 'Service') this.podsTouched = true;
    if (o.kind === 'Pod' && o.spec?.nodeName && type !== 'DELETED' && (this.pods.get(o.metadata.uid)?.stage ?? 'new') === 'new') this.toStart.add(o);
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
    }
    this.touch(o, 'DELETED');
    // garbage collection of dependents (background propagation)
    if (['Deployment', 'ReplicaSet', 'DaemonSet', 'Node'].includes(o.kind)) {
      for (const kind of o.kind === 'Deployment' ? ['ReplicaSet'] : ['Pod']) {
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
      this.later(2500 + this.rng.int(3000), () => this.remove(o));
      return;
    }
    if (o.kind === 'Node') {
      this.nodes.delete(o.metadata.name);
    }
    this.remove(o);
  }

  // ------------------------------------------------------------------ time
  later(ms: number, fn: () => void): void {
    const tm = { at: this.t + Math.max(0, Math.round(ms)), seq: this.seq++, fn };
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
        tm.fn();
      }
      this.settle();
    }
    if (target > this.t) this.t = target;
    this.settle();
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
      this.scheduler();
      this.kubelets();
      if (this.podsTouched) {
        this.podsTouched = false;
        this.endpointsController();
      }
    }
  }

  /** containerd and the kubelet disagree on the cgroup driver: the control plane keeps restarting */
  unstable = false;
  setUnstable(on: boolean): void {
    if (on === this.unstable) return;
    this.unstable = on;
    if (on) this.later(30_000 + this.rng.int(30_000), () => this.flap());
    else this.apiserverUp = true;
  }
  private flap(): void {
    if (!this.unstable || !this.initialized) return;
    this.apiserverUp = false;
    for (const p of this.list('Pod', 'kube-system')) if (ownerOf(p)?.kind === 'Node' || /^kube-proxy-|^coredns-/.test(p.metadata.name)) this.restartPod(p);
    this.later(15_000 + this.rng.int(20_000), () => {
      this.apiserverUp = true;
      if (this.unstable) this.later(40_000 + this.rng.int(50_000), () => this.flap());
    });
  }

  // ------------------------------------------------------------------ events
  event(obj: Obj, type: 'Normal' | 'Warning', reason: string, message: string, source: string): void {
    const ns = obj.metadata.namespace ?? 'default';
    const k = `${obj.metadata.uid}|${reason}|${message}`;
    const ex = this.eventIndex.get(k);
    if (ex && this.get('Event', ns, ex.metadata.name)) {
      ex.count++;
      ex.lastTimestamp = this.t;
      this.touch(ex);
      return;
    }
    const e: Obj = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${obj.metadata.name}.${this.rng.hex(16)}`, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: this.t },
      involvedObject: { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid },
      type,
      reason,
      message,
      source: source.includes('|') ? { component: source.split('|')[0], host: source.split('|')[1] } : { component: source },
      count: 1,
      firstTimestamp: this.t,
      lastTimestamp: this.t,
    };
    this.eventIndex.set(k, e);
    this.add(e);
  }
  eventsFor(obj: Obj): Obj[] {
    return this.list('Event', obj.metadata.namespace ?? 'default')
      .filter((e) => e.involvedObject.uid === obj.metadata.uid && this.t - e.lastTimestamp < 3600_000)
      .sort((a, b) => a.firstTimestamp - b.firstTimestamp);
  }

  // ------------------------------------------------------------------ addresses
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

  // ------------------------------------------------------------------ nodes
  addNode(opts: Partial<NodeSim> & { name: string; ip: string; controlPlane?: boolean }): Obj {
    const n: NodeSim = {
      controlPlane: false,
      up: true,
      kubelet: true,
      runtime: true,
      kubeletVersion: this.version,
      runtimeVersion: '1.7.24',
      osImage: 'Rocky Linux 9.5 (Blue Onyx)',
      kernel: '5.14.0-503.14.1.el9_5.x86_64',
      cpus: 2,
      memKi: 3735748,
      cni: false,
      lastHeartbeat: this.t,
      ready: 'False',
      readySince: this.t,
      images: new Set(),
      podIndex: this.nodes.size,
      nextIp: 2,
      bootId: this.uid(),
      ...opts,
    };
    this.nodes.set(n.name, n);
    const labels: Labels = {
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': n.name,
      'kubernetes.io/os': 'linux',
    };
    const taints: any[] = [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }];
    if (n.controlPlane) {
      labels['node-role.kubernetes.io/control-plane'] = '';
      labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
      taints.unshift({ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' });
    }
    const spec: any = { taints };
    if (this.podCidr) {
      spec.podCIDR = `${this.podSubnet(n)}.0/24`;
      spec.podCIDRs = [spec.podCIDR];
    }
    const node = this.add({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: n.name,
        uid: '',
        resourceVersion: '',
        creationTimestamp: this.t,
        labels,
        annotations: {
          'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
          'node.alpha.kubernetes.io/ttl': '0',
          'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
        },
      },
      spec,
      status: {},
    });
    this.refreshNode(n);
    return node;
  }
  nodeObj(name: string): Obj | undefined {
    return this.get('Node', undefined, name);
  }
  /** kubelet heartbeat alive (VM on, kubelet and runtime running) */
  alive(n: NodeSim): boolean {
    return n.up && n.kubelet && n.runtime;
  }
  /** Recomputes a node's Ready condition and taints from its state. */
  refreshNode(n: NodeSim): void {
    const o = this.nodeObj(n.name);
    if (!o) return;
    let ready: NodeSim['ready'];
    if (!this.alive(n)) ready = this.t - n.lastHeartbeat >= NOT_READY_GRACE ? 'Unknown' : n.ready;
    else ready = n.cni ? 'True' : 'False';
    if (ready !== n.ready) {
      n.ready = ready;
      n.readySince = this.t;
      if (ready === 'True') this.event(o, 'Normal', 'NodeReady', `Node ${n.name} status is now: NodeReady`, `kubelet|${n.name}`);
      else if (ready === 'Unknown') {
        this.event(o, 'Normal', 'NodeNotReady', `Node ${n.name} status is now: NodeNotReady`, 'node-controller');
        for (const p of this.podsOn(n.name)) {
          this.event(p, 'Warning', 'NodeNotReady', 'Node is not ready', 'node-controller');
          this.setPodReady(p, false);
        }
        const at = this.t;
        this.later(EVICTION_DELAY, () => this.evictUnreachable(n.name, at));
      }
    }
    let taints: any[] = (o.spec.taints ?? []).filter((x: any) => !x.key.startsWith('node.kubernetes.io/'));
    if (o.spec.unschedulable) taints.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: this.t });
    if (ready === 'False') taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' });
    if (ready === 'Unknown')
      taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: n.readySince }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: n.readySince });
    // keep timeAdded of taints already present
    taints = taints.map((x) => (o.spec.taints ?? []).find((y: any) => y.key === x.key && y.effect === x.effect) ?? x);
    const before = JSON.stringify(o.spec.taints ?? []);
    if (taints.length) o.spec.taints = taints;
    else delete o.spec.taints;
    const status = this.nodeStatus(n, o);
    if (before !== JSON.stringify(o.spec.taints ?? []) || JSON.stringify(status) !== JSON.stringify(o.status)) {
      o.status = status;
      this.touch(o);
    }
  }
  private nodeStatus(n: NodeSim, o: Obj): any {
    const hb = this.alive(n) ? n.lastHeartbeat : n.lastHeartbeat;
    const cond = (type: string, status: string, reason: string, message: string) => ({
      type,
      status: n.ready === 'Unknown' ? 'Unknown' : status,
      lastHeartbeatTime: hb,
      lastTransitionTime: n.ready === 'Unknown' ? n.readySince : o.metadata.creationTimestamp,
      reason: n.ready === 'Unknown' ? 'NodeStatusUnknown' : reason,
      message: n.ready === 'Unknown' ? 'Kubelet stopped posting node status.' : message,
    });
    const conditions = [
      cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
      cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
      cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
      n.ready === 'True'
        ? { ...cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'), lastTransitionTime: n.readySince }
        : {
            ...cond('Ready', 'False', 'KubeletNotReady', 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized'),
            lastTransitionTime: n.readySince,
          },
    ];
    if (this.cni === 'flannel' && n.cni) conditions.unshift({ type: 'NetworkUnavailable', status: 'False', lastHeartbeatTime: n.readySince, lastTransitionTime: n.readySince, reason: 'FlannelIsUp', message: 'Flannel is running on this node' });
    if (this.cni === 'calico' && n.cni) conditions.unshift({ type: 'NetworkUnavailable', status: 'False', lastHeartbeatTime: n.readySince, lastTransitionTime: n.readySince, reason: 'CalicoIsUp', message: 'Calico is running on this node' });
    const cap = { cpu: String(n.cpus), 'ephemeral-storage': '129300Mi'.replace('129300Mi', '131010540Ki'), 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${n.memKi}Ki`, pods: '110' };
    return {
      addresses: [
        { type: 'InternalIP', address: n.ip },
        { type: 'Hostname', address: n.name },
      ],
      capacity: cap,
      allocatable: { ...cap, 'ephemeral-storage': '120740469348', memory: `${n.memKi - 102400}Ki` },
      conditions,
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: [...n.images].map((i) => ({ names: [i], sizeBytes: 0 })),
      nodeInfo: {
        architecture: 'amd64',
        bootID: n.bootId,
        containerRuntimeVersion: `containerd://${n.runtimeVersion}`,
        kernelVersion: n.kernel,
        kubeProxyVersion: n.kubeletVersion,
        kubeletVersion: n.kubeletVersion,
        machineID: n.bootId.replace(/-/g, ''),
        operatingSystem: 'linux',
        osImage: n.osImage,
        systemUUID: n.bootId,
      },
    };
  }
  /** Changes a node's machine state (VM halted, kubelet stopped, ...). */
  setNode(name: string, change: Partial<Pick<NodeSim, 'up' | 'kubelet' | 'runtime' | 'kubeletVersion' | 'runtimeVersion'>>): void {
    const n = this.nodes.get(name);
    if (!n) return;
    const wasAlive = this.alive(n);
    const wasUp = n.up;
    Object.assign(n, change);
    const alive = this.alive(n);
    if (wasAlive && !alive) {
      n.lastHeartbeat = this.t;
      this.later(NOT_READY_GRACE, () => this.refreshNode(n));
      if (!n.up) for (const p of this.podsOn(name)) this.pods.set(p.metadata.uid, { ...(this.pods.get(p.metadata.uid) ?? { pullFailures: 0, crashes: 0, token: 0 }), stage: 'new' });
    }
    if (!wasAlive && alive) {
      n.lastHeartbeat = this.t;
      if (!wasUp) n.bootId = this.uid();
      this.later(1500 + this.rng.int(1500), () => {
        if (!this.alive(n)) return;
        n.lastHeartbeat = this.t;
        this.refreshNode(n);
        // pods marked for deletion while the node was away go now; the rest restart
        for (const p of this.podsOn(name)) {
          if (p.metadata.deletionTimestamp) this.remove(p);
          else if (!wasUp || this.pods.get(p.metadata.uid)?.stage === 'new') this.restartPod(p);
        }
        this.dirty = true;
      });
    }
    const o = this.nodeObj(name);
    if (o) {
      const st = this.nodeStatus(n, o);
      if (JSON.stringify(st) !== JSON.stringify(o.status)) {
        o.status = st;
        this.touch(o);
      }
    }
  }
  podsOn(node: string): Obj[] {
    return this.list('Pod').filter((p) => p.spec.nodeName === node);
  }
  private evictUnreachable(node: string, since: number): void {
    const n = this.nodes.get(node);
    if (!n || n.ready !== 'Unknown' || n.readySince !== since) return;
    for (const p of this.podsOn(node)) {
      if (p.metadata.deletionTimestamp) continue;
      const unreachable = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
      const tol = (p.spec.tolerations ?? []).find((t: any) => (t.key === unreachable.key || (t.operator === 'Exists' && !t.key)) && (!t.effect || t.effect === 'NoExecute'));
      if (tol && tol.tolerationSeconds === undefined) continue;
      this.event(p, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${p.metadata.namespace}/${p.metadata.name}`, 'taint-eviction-controller');
      p.metadata.deletionTimestamp = this.t;
      p.metadata.deletionGracePeriodSeconds = 30;
      this.touch(p);
    }
  }

  cordon(name: string, on: boolean): boolean {
    const o = this.nodeObj(name)!;
    if (!!o.spec.unschedulable === on) return false;
    if (on) o.spec.unschedulable = true;
    else delete o.spec.unschedulable;
    this.event(o, 'Normal', on ? 'NodeNotSchedulable' : 'NodeSchedulable', `Node ${name} status is now: ${on ? 'NodeNotSchedulable' : 'NodeSchedulable'}`, `kubelet|${name}`);
    this.refreshNode(this.nodes.get(name)!);
    this.touch(o);
    return true;
  }

  // ------------------------------------------------------------------ pods
  newPod(ns: string, name: string, template: any, owner?: Obj, generateName?: string): Obj {
    const spec = clone(template.spec ?? {});
    spec.restartPolicy = spec.restartPolicy ?? 'Always';
    spec.dnsPolicy = spec.dnsPolicy ?? 'ClusterFirst';
    spec.schedulerName = spec.schedulerName ?? 'default-scheduler';
    spec.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds ?? 30;
    spec.serviceAccountName = spec.serviceAccountName ?? 'default';
    spec.serviceAccount = spec.serviceAccountName;
    spec.securityContext = spec.securityContext ?? {};
    spec.enableServiceLinks = spec.enableServiceLinks ?? true;
    spec.preemptionPolicy = 'PreemptLowerPriority';
    spec.priority = spec.priorityClassName?.startsWith('system-') ? (spec.priorityClassName === 'system-node-critical' ? 2000001000 : 2000000000) : 0;
    const tol = (spec.tolerations ?? []) as any[];
    for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'])
      if (!tol.some((t) => (t.key === key || (t.operator === 'Exists' && !t.key)) && (!t.effect || t.effect === 'NoExecute')))
        tol.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
    spec.tolerations = tol;
    const volName = `kube-api-access-${this.rng.str(5)}`;
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      const tag = parseImage(c.image ?? '').tag;
      c.imagePullPolicy = c.imagePullPolicy ?? (tag === 'latest' ? 'Always' : 'IfNotPresent');
      c.resources = c.resources ?? {};
      c.terminationMessagePath = '/dev/termination-log';
      c.terminationMessagePolicy = 'File';
      if (!spec.hostNetwork || owner?.kind !== 'Node') c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volName, readOnly: true }];
    }
    spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name: volName,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
          ],
        },
      },
    ];
    const md: any = { name, namespace: ns, labels: clone(template.metadata?.labels), annotations: clone(template.metadata?.annotations) };
    if (!md.labels) delete md.labels;
    if (!md.annotations) delete md.annotations;
    if (generateName) md.generateName = generateName;
    if (owner) md.ownerReferences = [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }];
    const reqs = podRequests({ spec } as Obj);
    const hasLimits = (spec.containers ?? []).some((c: any) => c.resources?.limits);
    const qos = reqs.cpu || reqs.mem || hasLimits ? 'Burstable' : 'BestEffort';
    const pod: Obj = { apiVersion: 'v1', kind: 'Pod', metadata: md, spec, status: { phase: 'Pending', qosClass: qos } };
    return this.add(pod);
  }
  private uniqueName(ns: string, prefix: string): string {
    for (;;) {
      const n = prefix + this.rng.str(5);
      if (!this.get('Pod', ns, n)) return n;
    }
  }
  deletePod(p: Obj, graceSeconds?: number): void {
    if (p.metadata.deletionTimestamp && graceSeconds !== 0) return;
    const grace = graceSeconds ?? p.spec.terminationGracePeriodSeconds ?? 30;
    p.metadata.deletionTimestamp = this.t + grace * 1000;
    p.metadata.deletionGracePeriodSeconds = grace;
    const node = p.spec.nodeName ? this.nodes.get(p.spec.nodeName) : undefined;
    this.touch(p);
    if (!node || grace === 0 || p.spec.nodeName === undefined) {
      this.remove(p);
      return;
    }
    if (!this.alive(node)) return;
    this.killPod(p, grace);
  }
  private killPod(p: Obj, grace: number): void {
    const sim = this.sim(p);
    sim.stage = 'killing';
    const token = ++sim.token;
    for (const c of p.spec.containers ?? []) if (sim.crashes === 0 || p.status.phase === 'Running') this.event(p, 'Normal', 'Killing', `Stopping container ${c.name}`, `kubelet|${p.spec.nodeName}`);
    const quick = (p.spec.containers ?? []).every((c: any) => !this.ignoresSigterm(c));
    const ms = quick ? 400 + this.rng.int(900) : grace * 1000;
    this.later(ms, () => {
      if (this.sim(p).token !== token) return;
      this.remove(p);
    });
  }
  private ignoresSigterm(c: any): boolean {
    const cmd = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
    return /sleep|while|tail -f/.test(cmd);
  }
  sim(p: Obj): PodSim {
    let s = this.pods.get(p.metadata.uid);
    if (!s) this.pods.set(p.metadata.uid, (s = { stage: 'new', pullFailures: 0, crashes: 0, token: 0 }));
    return s;
  }
  podStage(p: Obj): PodSim['stage'] {
    return this.sim(p).stage;
  }
  private setPodReady(p: Obj, ready: boolean): void {
    const st = p.status;
    for (const c of st.conditions ?? []) if (c.type === 'Ready' || c.type === 'ContainersReady') if ((c.status === 'True') !== ready) {
      c.status = ready ? 'True' : 'False';
      c.lastTransitionTime = this.t;
    }
    for (const cs of st.containerStatuses ?? []) cs.ready = ready && !!cs.state.running;
    this.touch(p);
  }
  podReady(p: Obj): boolean {
    return !p.metadata.deletionTimestamp && !!p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');
  }
  /** A PodDisruptionBudget's numbers as the disruption controller computes them, from the pods as they are now. */
  pdbStatus(b: Obj): { expectedPods: number; currentHealthy: number; desiredHealthy: number; disruptionsAllowed: number } {
    const ns = b.metadata.namespace;
    const sel = b.spec?.selector?.matchLabels;
    const pods = sel ? this.list('Pod', ns).filter((p) => matchLabels(sel, p.metadata.labels)) : [];
    const currentHealthy = pods.filter((p) => this.podReady(p)).length;
    // expected pods: the scale of the pods' controllers (a bare pod counts as one)
    const scale = new Map<string, number>();
    let bare = 0;
    for (const p of pods) {
      const o = ownerOf(p);
      const owner = o && this.list(o.kind, ns).find((x) => x.metadata.uid === o.uid);
      if (owner) scale.set(owner.metadata.uid, owner.spec?.replicas ?? 0);
      else if (!p.metadata.deletionTimestamp) bare++;
    }
    const expectedPods = [...scale.values()].reduce((a, n) => a + n, bare);
    const min = b.spec?.minAvailable;
    const max = b.spec?.maxUnavailable;
    const desiredHealthy = min !== undefined ? intOrPercent(min, expectedPods, true) : max !== undefined ? Math.max(0, expectedPods - intOrPercent(max, expectedPods, true)) : 0;
    return { expectedPods, currentHealthy, desiredHealthy, disruptionsAllowed: Math.max(0, currentHealthy - desiredHealthy) };
  }
  /** The eviction API's answer for a pod: the budget that forbids evicting it now, if any. */
  evictionBlockedBy(p: Obj): Obj | undefined {
    const ready = this.podReady(p);
    for (const b of this.list('PodDisruptionBudget', p.metadata.namespace)) {
      const sel = b.spec?.selector?.matchLabels;
      if (!sel || !matchLabels(sel, p.metadata.labels)) continue;
      const s = this.pdbStatus(b);
      // an unready pod does not lower availability: it may go while the budget is met
      if (ready ? s.disruptionsAllowed < 1 : s.currentHealthy < s.desiredHealthy) return b;
    }
    return undefined;
  }
  private restartPod(p: Obj): void {
    const s = this.sim(p);
    s.stage = 'new';
    s.token++;
    this.toStart.add(p);
    for (const cs of p.status.containerStatuses ?? []) if (cs.state.running) {
      cs.restartCount++;
      cs.lastState = { terminated: { exitCode: 255, reason: 'Unknown', startedAt: cs.state.running.startedAt, finishedAt: this.t } };
    }
    this.dirty = true;
  }
  /** kubelet: starts pods bound to live nodes. */
  private kubelets(): void {
    const todo = [...this.toStart];
    for (const p of todo) {
      const nodeName = p.spec.nodeName;
      if (!nodeName || p.metadata.deletionTimestamp || this.get('Pod', p.metadata.namespace, p.metadata.name) !== p) {
        this.toStart.delete(p);
        continue;
      }
      const n = this.nodes.get(nodeName);
      if (!n || !this.alive(n)) continue;
      this.toStart.delete(p);
      const s = this.sim(p);
      if (s.stage !== 'new') continue;
      s.stage = 'creating';
      const token = ++s.token;
      this.later(100 + this.rng.int(400), () => token === s.token && this.startSandbox(p, n));
    }
  }
  private ensureStatus(p: Obj, n: NodeSim): void {
    const st = p.status;
    st.hostIP = n.ip;
    st.hostIPs = [{ ip: n.ip }];
    st.startTime = st.startTime ?? this.t;
    if (!st.conditions || !st.conditions.some((c: any) => c.type === 'Initialized')) {
      const c = (type: string, status: string) => ({ type, status, lastProbeTime: null, lastTransitionTime: this.t });
      st.conditions = [c('PodReadyToStartContainers', 'False'), c('Initialized', 'True'), c('Ready', 'False'), c('ContainersReady', 'False'), c('PodScheduled', 'True')];
    }
    const inits: any[] = p.spec.initContainers ?? [];
    if (inits.length && !st.initContainerStatuses) {
      st.initContainerStatuses = inits.map((c: any) => ({ name: c.name, image: c.image, imageID: '', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'PodInitializing' } } }));
      for (const c of st.conditions) if (c.type === 'Initialized') c.status = 'False';
    }
    st.containerStatuses = (p.spec.containers ?? []).map((c: any, i: number) => {
      const old = st.containerStatuses?.[i];
      return old ?? { name: c.name, image: c.image, imageID: '', ready: false, restartCount: 0, started: false, state: { waiting: { reason: inits.length ? 'PodInitializing' : 'ContainerCreating' } } };
    });
  }
  /** runs the init containers one after the other, then calls `then` */
  private runInits(p: Obj, n: NodeSim, then: () => void): void {
    const s = this.sim(p);
    const token = s.token;
    const src = `kubelet|${n.name}`;
    const inits: any[] = p.spec.initContainers ?? [];
    const st = p.status;
    const i = (st.initContainerStatuses ?? []).findIndex((x: any) => !x.state.terminated);
    if (!inits.length || i < 0) return then();
    const c = inits[i];
    const ref = parseImage(c.image);
    const present = n.images.has(ref.full);
    const r = pullable(c.image);
    if (present) this.event(p, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, src);
    else this.event(p, 'Normal', 'Pulling', `Pulling image "${c.image}"`, src);
    const wait = present ? 400 + this.rng.int(400) : r.ok ? pullMs(r.size) + this.rng.int(800) : 1000;
    this.later(wait, () => {
      if (token !== s.token) return;
      if (!r.ok) return this.pullFailed(p, n, c);
      if (!present) {
        const secs = (wait / 1000).toFixed(3).replace(/\.?0+$/, '');
        this.event(p, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${secs}s (${secs}s including waiting).${n.kubeletVersion >= 'v1.29' ? ` Image size: ${r.size} bytes.` : ''}`, src);
        n.images.add(ref.full);
      }
      this.event(p, 'Normal', 'Created', `Created container ${c.name}`, src);
      this.event(p, 'Normal', 'Started', `Started container ${c.name}`, src);
      const cs = st.initContainerStatuses[i];
      cs.image = ref.full;
      cs.imageID = `${ref.repo}@sha256:${this.rng.hex(64)}`;
      cs.containerID = `containerd://${this.rng.hex(64)}`;
      cs.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: this.t, finishedAt: this.t + 200, containerID: cs.containerID } };
      cs.ready = true;
      if (i === inits.length - 1) {
        for (const cd of st.conditions) if (cd.type === 'Initialized') {
          cd.status = 'True';
          cd.lastTransitionTime = this.t;
        }
      }
      this.touch(p);
      this.later(300, () => token === s.token && this.runInits(p, n, then));
    });
  }
  private startSandbox(p: Obj, n: NodeSim): void {
    if (!this.get('Pod', p.metadata.namespace, p.metadata.name) || p.metadata.deletionTimestamp) return;
    this.ensureStatus(p, n);
    const st = p.status;
    const vols = missingVolumes(this, p);
    if (vols.length) {
      // the volume manager retries with exponential back-off (0.5 s doubling up to 2m2s)
      const s = this.sim(p);
      const token = s.token;
      s.mountFailures = (s.mountFailures ?? 0) + 1;
      for (const vol of vols) this.event(p, 'Warning', 'FailedMount', `MountVolume.SetUp failed for volume "${vol.volume}" : ${vol.error}`, `kubelet|${n.name}`);
      this.touch(p);
      this.later(Math.min(122_000, 500 * 2 ** (s.mountFailures - 1)), () => token === s.token && this.startSandbox(p, n));
      return;
    }
    if (!st.podIP) {
      if (p.spec.hostNetwork) st.podIP = n.ip;
      else {
        if (!n.cni) {
          this.event(p, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${this.rng.hex(64)}": plugin type="${this.cni || 'flannel'}" failed (add): failed to load flannel 'subnet.env' file: open /run/flannel/subnet.env: no such file or directory. Check the flannel pod log for this node.`, `kubelet|${n.name}`);
          this.touch(p);
          const s = this.sim(p);
          const token = s.token;
          this.later(5000 + this.rng.int(5000), () => token === s.token && this.startSandbox(p, n));
          return;
        }
        let ip: string;
        do ip = `${this.podSubnet(n)}.${n.nextIp++}`;
        while (this.usedIps.has(ip));
        this.usedIps.add(ip);
        st.podIP = ip;
      }
      st.podIPs = [{ ip: st.podIP }];
      for (const c of st.conditions) if (c.type === 'PodReadyToStartContainers') c.status = 'True';
    }
    this.touch(p);
    this.runInits(p, n, () => {
      for (const cs of p.status.containerStatuses) if (cs.state.waiting?.reason === 'PodInitializing') cs.state = { waiting: { reason: 'ContainerCreating' } };
      this.pull(p, n);
    });
  }
  private pull(p: Obj, n: NodeSim): void {
    const s = this.sim(p);
    const token = s.token;
    const src = `kubelet|${n.name}`;
    let wait = 0;
    let failed: any = null;
    for (const c of p.spec.containers ?? []) {
      const ref = parseImage(c.image);
      const present = n.images.has(ref.full);
      if (present && c.imagePullPolicy !== 'Always') {
        this.event(p, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, src);
        continue;
      }
      if (c.imagePullPolicy === 'Never') continue;
      this.event(p, 'Normal', 'Pulling', `Pulling image "${c.image}"`, src);
      const r = pullable(c.image);
      if (!r.ok) {
        failed = failed ?? c;
        wait = Math.max(wait, 1200 + this.rng.int(1500));
        continue;
      }
      wait = Math.max(wait, present ? 700 + this.rng.int(600) : pullMs(r.size) + this.rng.int(1500));
    }
    s.stage = 'pulling';
    this.later(wait, () => {
      if (token !== s.token) return;
      if (failed) return this.pullFailed(p, n, failed);
      for (const c of p.spec.containers ?? []) {
        const ref = parseImage(c.image);
        if (!n.images.has(ref.full) || c.imagePullPolicy === 'Always') {
          const r = pullable(c.image) as { ok: true; size: number };
          const secs = (wait / 1000).toFixed(3).replace(/\.?0+$/, '');
          const size = n.kubeletVersion >= 'v1.29' ? ` Image size: ${r.size} bytes.` : '';
          this.event(p, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${secs}s (${secs}s including waiting).${size}`, src);
          n.images.add(ref.full);
        }
      }
      this.startContainers(p, n);
    });
  }
  private pullFailed(p: Obj, n: NodeSim, c: any): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const msg = pullError(c.image);
    this.event(p, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${msg}`, src);
    this.event(p, 'Warning', 'Failed', 'Error: ErrImagePull', src);
    const cs = p.status.containerStatuses.find((x: any) => x.name === c.name);
    cs.state = { waiting: { reason: 'ErrImagePull', message: msg } };
    s.stage = 'backoff';
    s.pullFailures++;
    this.touch(p);
    const token = s.token;
    this.later(800 + this.rng.int(1200), () => {
      if (token !== s.token) return;
      this.event(p, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, src);
      this.event(p, 'Warning', 'Failed', 'Error: ImagePullBackOff', src);
      cs.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } };
      this.touch(p);
      const back = Math.min(300_000, 10_000 * 2 ** (s.pullFailures - 1));
      this.later(back, () => token === s.token && this.pull(p, n));
    });
  }
  /** whether the container's process ends on its own (busybox without a long-running command, ...) */
  private exitsAlone(p: Obj, c: any, n: NodeSim): number | null {
    const ref = parseImage(c.image);
    if (/flannel\/flannel$/.test(ref.repo) && c.name === 'kube-flannel' && !this.nodeObj(n.name)?.spec.podCIDR) return 1;
    if (!/\/(busybox|alpine|ubuntu|centos)$/.test(ref.repo)) return null;
    const cmd = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
    if (/sleep|while|tail -f|httpd|nc -l|sh -c .*loop|infinity/.test(cmd)) return null;
    if (p.spec.containers.length && (c.stdin || c.tty) && !cmd) return null;
    return /exit [1-9]|false/.test(cmd) ? 1 : 0;
  }
  private startContainers(p: Obj, n: NodeSim): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const token = s.token;
    this.later(300 + this.rng.int(500), () => {
      if (token !== s.token) return;
      let exit: number | null = null;
      // each container's configuration: a missing ConfigMap, Secret or key stops it being created
      const env: Record<string, [string, string][]> = {};
      let configError = false;
      for (const [i, c] of (p.spec.containers ?? []).entries()) {
        const r = resolveEnv(this, p, c);
        if ('error' in r) {
          this.event(p, 'Warning', 'Failed', `Error: ${r.error}`, src);
          p.status.containerStatuses[i].state = { waiting: { reason: 'CreateContainerConfigError', message: r.error } };
          configError = true;
          continue;
        }
        for (const sk of r.skipped) this.event(p, 'Warning', 'InvalidEnvironmentVariableNames', `Keys [${sk.keys.join(', ')}] from the EnvFrom ${sk.kind} ${sk.name} were skipped since they are considered invalid environment variable names.`, src);
        env[c.name] = r.env;
      }
      if (configError) {
        s.configFailures = (s.configFailures ?? 0) + 1;
        s.stage = 'pulling';
        this.touch(p);
        this.later(Math.min(300_000, 10_000 * 2 ** (s.configFailures - 1)), () => token === s.token && this.pull(p, n));
        return;
      }
      s.env = env;
      for (const [i, c] of (p.spec.containers ?? []).entries()) {
        this.event(p, 'Normal', 'Created', `Created container ${c.name}`, src);
        this.event(p, 'Normal', 'Started', `Started container ${c.name}`, src);
        const cs = p.status.containerStatuses[i];
        const ref = parseImage(c.image);
        cs.imageID = `${ref.repo}@sha256:${this.rng.hex(64)}`;
        cs.image = ref.full;
        cs.containerID = `containerd://${this.rng.hex(64)}`;
        cs.state = { running: { startedAt: this.t } };
        cs.started = true;
        cs.ready = true;
        const e = this.exitsAlone(p, c, n);
        if (e !== null) exit = e;
      }
      s.stage = 'running';
      p.status.phase = 'Running';
      const unready = (p.spec.containers ?? []).some((c: any) => this.neverReady(c));
      if (unready) for (const cs of p.status.containerStatuses) cs.ready = false;
      if (!unready) for (const c of p.status.conditions) if (c.type === 'Ready' || c.type === 'ContainersReady') {
        c.status = 'True';
        c.lastTransitionTime = this.t;
      }
      if (this.isCniPod(p) && exit === null) this.later(1500 + this.rng.int(1500), () => this.cniUp(n));
      this.touch(p);
      if (exit !== null) this.later(200 + this.rng.int(800), () => token === s.token && this.containerExited(p, n, exit!));
    });
  }
  /** metrics-server cannot scrape kubelets whose serving certificates lack IP SANs unless told not to verify */
  neverReady(c: any): boolean {
    return /metrics-server/.test(c.image ?? '') && !(c.args ?? []).includes('--kubelet-insecure-tls');
  }
  private containerExited(p: Obj, n: NodeSim, code: number): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const reason = code === 0 ? 'Completed' : 'Error';
    for (const cs of p.status.containerStatuses) {
      cs.state = { terminated: { exitCode: code, reason, startedAt: cs.state.running?.startedAt ?? this.t, finishedAt: this.t, containerID: cs.containerID } };
      cs.ready = false;
      cs.started = false;
    }
    this.setPodReady(p, false);
    if (p.spec.restartPolicy === 'Never' || (p.spec.restartPolicy === 'OnFailure' && code === 0)) {
      p.status.phase = code === 0 ? 'Succeeded' : 'Failed';
      s.stage = 'done';
      this.touch(p);
      return;
    }
    s.crashes++;
    s.stage = 'crash';
    const token = s.token;
    const back = Math.min(300_000, 10_000 * 2 ** (s.crashes - 1));
    this.later(1000, () => {
      if (token !== s.token) return;
      for (const cs of p.status.containerStatuses) {
        cs.lastState = { terminated: cs.state.terminated };
        cs.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${back / 1000 >= 60 ? `${Math.floor(back / 60000)}m${(back / 1000) % 60}s` : `${back / 1000}s`} restarting failed container=${cs.name} pod=${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})` } };
      }
      this.event(p, 'Warning', 'BackOff', 'Back-off restarting failed container ' + p.spec.containers[0].name + ` in pod ${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})`, src);
      this.touch(p);
      this.later(back - 1000, () => {
        if (token !== s.token) return;
        for (const cs of p.status.containerStatuses) {
          cs.restartCount++;
          cs.state = { waiting: { reason: 'ContainerCreating' } };
        }
        this.event(p, 'Normal', 'Pulled', `Container image "${p.spec.containers[0].image}" already present on machine`, src);
        this.startContainers(p, n);
      });
    });
  }
  private isCniPod(p: Obj): boolean {
    return (p.spec.containers ?? []).some((c: any) => c.name === 'kube-flannel' || c.name === 'calico-node');
  }
  private cniUp(n: NodeSim): void {
    if (n.cni || !this.alive(n)) return;
    n.cni = true;
    const o = this.nodeObj(n.name);
    if (o && this.cni === 'flannel') {
      o.metadata.annotations = {
        ...o.metadata.annotations,
        'flannel.alpha.coreos.com/backend-data': `{"VNI":1,"VtepMAC":"${this.mac()}"}`,
        'flannel.alpha.coreos.com/backend-type': 'vxlan',
        'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
        'flannel.alpha.coreos.com/public-ip': n.ip,
      };
    }
    this.refreshNode(n);
  }
  mac(): string {
    return Array.from({ length: 6 }, () => this.rng.hex(2)).join(':');
  }

  // ------------------------------------------------------------------ scheduler
  private scheduler(): void {
    const nodes = [...this.nodes.values()].map((n) => ({ n, o: this.nodeObj(n.name)! })).filter((x) => x.o);
    let counts: Map<string, number> | undefined;
    let used: Map<string, { cpu: number; mem: number }> | undefined;
    let spread: Map<string, number> | undefined;
    for (const p of this.list('Pod')) {
      if (p.spec.nodeName || p.metadata.deletionTimestamp) continue;
      if (!counts || !used) {
        counts = new Map();
        used = new Map();
        spread = new Map();
        for (const q of this.list('Pod')) {
          if (!q.spec.nodeName || q.status.phase === 'Succeeded' || q.status.phase === 'Failed') continue;
          const qo = ownerOf(q);
          if (qo && !q.metadata.deletionTimestamp) spread.set(q.spec.nodeName + '|' + qo.uid, (spread.get(q.spec.nodeName + '|' + qo.uid) ?? 0) + 1);
          counts.set(q.spec.nodeName, (counts.get(q.spec.nodeName) ?? 0) + 1);
          const u = used.get(q.spec.nodeName) ?? { cpu: 0, mem: 0 };
          const r = podRequests(q);
          u.cpu += r.cpu;
          u.mem += r.mem;
          used.set(q.spec.nodeName, u);
        }
      }
      const req = podRequests(p);
      const reasons = new Map<string, number>();
      const fits: { n: NodeSim; score: number }[] = [];
      const owner = ownerOf(p);
      for (const { n, o } of nodes) {
        let why: string | null = null;
        const taints: any[] = o.spec.taints ?? [];
        if (o.spec.unschedulable && !tolerates(p, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) why = 'node(s) were unschedulable';
        else {
          const bad = taints.find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(p, t));
          if (bad) why = `node(s) had untolerated taint {${bad.key}: ${bad.value ?? ''}}`;
        }
        const sel = p.spec.nodeSelector;
        if (!why && sel && Object.keys(sel).some((k) => o.metadata.labels?.[k] !== sel[k])) why = "node(s) didn't match Pod's node affinity/selector";
        const aff = p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0];
        if (!why && aff && aff.key === 'metadata.name' && !aff.values.includes(n.name)) why = "node(s) didn't match Pod's node affinity/selector";
        const u = used.get(n.name) ?? { cpu: 0, mem: 0 };
        if (!why && req.cpu && u.cpu + req.cpu > n.cpus * 1000) why = 'Insufficient cpu';
        if (!why && req.mem && u.mem + req.mem > n.memKi - 102400) why = 'Insufficient memory';
        if (!why && (counts.get(n.name) ?? 0) >= 110) why = 'Too many pods';
        if (why) reasons.set(why, (reasons.get(why) ?? 0) + 1);
        else {
          const same = owner ? (spread!.get(n.name + '|' + owner.uid) ?? 0) : 0;
          fits.push({ n, score: same * 1000 + (counts.get(n.name) ?? 0) * 10 + (u.cpu / (n.cpus * 1000)) * 5 });
        }
      }
      if (!fits.length) {
        const total = nodes.length;
        const parts = [...reasons.entries()].map(([r, c]) => `${c} ${r}`).sort();
        const pre = [...reasons.entries()].filter(([r]) => r.startsWith('Insufficient')).reduce((a, [, c]) => a + c, 0);
        const preParts = [pre ? `${pre} No preemption victims found for incoming pod` : '', total - pre ? `${total - pre} Preemption is not helpful for scheduling` : ''].filter(Boolean).join(', ');
        const msg = total === 0 ? 'no nodes available to schedule pods' : `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${preParts}..`;
        const last = p.status.conditions?.find((c: any) => c.type === 'PodScheduled');
        if (!last || last.message !== msg) {
          p.status.conditions = [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: this.t, reason: 'Unschedulable', message: msg }];
          this.event(p, 'Warning', 'FailedScheduling', msg, 'default-scheduler');
          this.touch(p);
        }
        continue;
      }
      fits.sort((a, b) => a.score - b.score);
      const best = fits.filter((f) => f.score === fits[0].score);
      const pick = best[this.rng.int(best.length)].n;
      p.spec.nodeName = pick.name;
      p.status.conditions = [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.t }];
      counts.set(pick.name, (counts.get(pick.name) ?? 0) + 1);
      if (owner) spread!.set(pick.name + '|' + owner.uid, (spread!.get(pick.name + '|' + owner.uid) ?? 0) + 1);
      const u = used.get(pick.name) ?? { cpu: 0, mem: 0 };
      u.cpu += req.cpu;
      u.mem += req.mem;
      used.set(pick.name, u);
      this.event(p, 'Normal', 'Scheduled', `Successfully assigned ${p.metadata.namespace}/${p.metadata.name} to ${pick.name}`, 'default-scheduler');
      this.touch(p);
    }
  }

  // ------------------------------------------------------------------ workload controllers
  private idx: Map<string, Map<string, Obj[]>> | null = null;
  /** objects of a kind by their controller's uid (built once per controller pass) */
  private byOwner(kind: string): Map<string, Obj[]> {
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
  private owned(kind: string, owner: Obj): Obj[] {
    if (this.idx) return [...(this.byOwner(kind).get(owner.metadata.uid) ?? [])].filter((o) => this.get(o.kind, o.metadata.namespace, o.metadata.name) === o);
    return this.list(kind, owner.metadata.namespace).filter((o) => o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid));
  }
  private setStatus(o: Obj, status: any): void {
    if (JSON.stringify(status) !== JSON.stringify(o.status)) {
      o.status = status;
      this.touch(o);
    }
  }
  ownerRef(o: Obj): OwnerRef {
    return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, controller: true, blockOwnerDeletion: true };
  }
  /** the ordering ReplicaSets use to choose pods to delete (most expendable first) */
  private expendable(a: Obj, b: Obj): number {
    const rank = (p: Obj) => [p.spec.nodeName ? 1 : 0, p.status.phase === 'Pending' ? 0 : p.status.phase === 'Running' ? 2 : 1, this.podReady(p) ? 1 : 0];
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return b.metadata.creationTimestamp - a.metadata.creationTimestamp;
  }
  private replicaSetController(): void {
    for (const rs of this.list('ReplicaSet')) {
      const pods = this.owned('Pod', rs);
      const active = pods.filter((p) => !p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
      const want = rs.spec.replicas ?? 1;
      if (active.length < want) {
        for (let i = active.length; i < want; i++) {
          const name = this.uniqueName(rs.metadata.namespace!, rs.metadata.name + '-');
          const p = this.newPod(rs.metadata.namespace!, name, rs.spec.template, rs, rs.metadata.name + '-');
          active.push(p);
          this.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${p.metadata.name}`, 'replicaset-controller');
        }
      } else if (active.length > want) {
        active.sort((a, b) => this.expendable(a, b));
        for (const p of active.splice(0, active.length - want)) {
          this.deletePod(p);
          this.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'replicaset-controller');
        }
      }
      const ready = active.filter((p) => this.podReady(p)).length;
      const status: any = { replicas: active.length, fullyLabeledReplicas: active.length, readyReplicas: ready, availableReplicas: ready, observedGeneration: rs.metadata.generation };
      if (!ready) {
        delete status.readyReplicas;
        delete status.availableReplicas;
      }
      if (!active.length) delete status.fullyLabeledReplicas;
      this.setStatus(rs, status);
    }
  }
  private daemonSetController(): void {
    for (const ds of this.list('DaemonSet')) {
      if (ds.metadata.deletionTimestamp) continue;
      const pods = this.owned('Pod', ds).filter((p) => !p.metadata.deletionTimestamp);
      const hash = templateHash(ds.spec.template).slice(0, 10);
      let desired = 0;
      let ready = 0;
      let updated = 0;
      for (const n of this.nodes.values()) {
        const o = this.nodeObj(n.name);
        if (!o) continue;
        const sel = ds.spec.template.spec?.nodeSelector;
        if (sel && Object.keys(sel).some((k) => o.metadata.labels?.[k] !== sel[k])) continue;
        const probe = { spec: ds.spec.template.spec } as Obj;
        if ((o.spec.taints ?? []).some((t: any) => t.effect === 'NoSchedule' && !t.key.startsWith('node.kubernetes.io/') && !tolerates(probe, t))) continue;
        desired++;
        const mine = pods.filter((p) => (p.spec.nodeName ?? p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0]?.values?.[0]) === n.name);
        if (!mine.length) {
          const tpl = clone(ds.spec.template);
          tpl.metadata = { ...tpl.metadata, labels: { ...tpl.metadata?.labels, 'controller-revision-hash': hash, 'pod-template-generation': String(ds.metadata.generation ?? 1) } };
          tpl.spec.nodeName = undefined;
          tpl.spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [n.name] }] }] } } };
          const dsTol = [
            { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
            { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists' },
          ];
          if (tpl.spec.hostNetwork) dsTol.push({ effect: 'NoSchedule', key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' });
          tpl.spec.tolerations = [...(tpl.spec.tolerations ?? []), ...dsTol];
          const name = this.uniqueName(ds.metadata.namespace!, ds.metadata.name + '-');
          const p = this.newPod(ds.metadata.namespace!, name, tpl, ds, ds.metadata.name + '-');
          this.event(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${p.metadata.name}`, 'daemonset-controller');
          mine.push(p);
        }
        if (mine.some((p) => this.podReady(p))) ready++;
        if (mine.some((p) => p.metadata.labels?.['controller-revision-hash'] === hash)) updated++;
      }
      // rolling update, one node at a time
      const stale = pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] !== hash);
      if (stale.length && ready === desired) {
        const p = stale[0];
        this.deletePod(p);
        this.event(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'daemonset-controller');
      }
      const current = pods.length;
      this.setStatus(ds, {
        currentNumberScheduled: Math.min(current, desired),
        desiredNumberScheduled: desired,
        numberAvailable: ready || undefined,
        numberMisscheduled: 0,
        numberReady: ready,
        numberUnavailable: desired - ready || undefined,
        observedGeneration: ds.metadata.generation,
        updatedNumberScheduled: updated,
      });
    }
  }

  /** the ReplicaSets of a deployment, oldest first */
  replicaSetsOf(d: Obj): Obj[] {
    return this.owned('ReplicaSet', d).sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp);
  }
  static revision(rs: Obj): number {
    return Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  }
  static sameTemplate(a: any, b: any): boolean {
    const strip = (t: any) => {
      const c = clone(t);
      if (c.metadata?.labels) delete c.metadata.labels['pod-template-hash'];
      return JSON.stringify(c);
    };
    return strip(a) === strip(b);
  }
  newReplicaSet(d: Obj): Obj | undefined {
    return this.replicaSetsOf(d).find((rs) => Cluster.sameTemplate(rs.spec.template, d.spec.template));
  }
  private scaleRS(d: Obj, rs: Obj, n: number): void {
    const old = rs.spec.replicas ?? 0;
    if (old === n) return;
    rs.spec.replicas = n;
    const surge = intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', d.spec.replicas, true);
    rs.metadata.annotations = { ...rs.metadata.annotations, 'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas), 'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + surge) };
    rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
    this.touch(rs);
    this.event(d, 'Normal', 'ScalingReplicaSet', `Scaled ${n > old ? 'up' : 'down'} replica set ${rs.metadata.name} to ${n} from ${old}`, 'deployment-controller');
  }
  private deploymentController(): void {
    for (const d of this.list('Deployment')) {
      const all = this.replicaSetsOf(d);
      let nrs = all.find((rs) => Cluster.sameTemplate(rs.spec.template, d.spec.template));
      const olds = all.filter((rs) => rs !== nrs);
      const want = d.spec.replicas ?? 1;
      const maxRev = all.reduce((m, rs) => Math.max(m, Cluster.revision(rs)), 0);
      if (!d.spec.paused) {
        if (!nrs) {
          const tpl = clone(d.spec.template);
          let hash = templateHash(tpl);
          for (let c = 1; this.get('ReplicaSet', d.metadata.namespace, `${d.metadata.name}-${hash}`); c++) hash = templateHash(tpl, c);
          tpl.metadata = { ...tpl.metadata, labels: { ...tpl.metadata?.labels, 'pod-template-hash': hash } };
          const anyActive = olds.some((rs) => (rs.spec.replicas ?? 0) > 0);
          const ann: Record<string, string> = { 'deployment.kubernetes.io/desired-replicas': String(want), 'deployment.kubernetes.io/max-replicas': String(want + intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', want, true)), 'deployment.kubernetes.io/revision': String(maxRev + 1) };
          const cause = d.metadata.annotations?.['kubernetes.io/change-cause'];
          if (cause) ann['kubernetes.io/change-cause'] = cause;
          nrs = this.add({
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: this.t, labels: clone(tpl.metadata.labels), annotations: ann, ownerReferences: [this.ownerRef(d)] },
            spec: { replicas: 0, selector: { matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash } }, template: tpl },
            status: { replicas: 0 },
          });
          if (!anyActive || d.spec.strategy?.type === 'Recreate') {
            if (!anyActive) this.scaleRS(d, nrs, want);
          }
        } else if (Cluster.revision(nrs) < maxRev) {
          // a rollback: the old template becomes the newest revision
          nrs.metadata.annotations = { ...nrs.metadata.annotations, 'deployment.kubernetes.io/revision': String(maxRev + 1) };
          const cause = d.metadata.annotations?.['kubernetes.io/change-cause'];
          if (cause) nrs.metadata.annotations['kubernetes.io/change-cause'] = cause;
          this.touch(nrs);
        }
        if (d.spec.strategy?.type === 'Recreate') {
          for (const rs of olds) this.scaleRS(d, rs, 0);
          const oldPods = olds.some((rs) => this.owned('Pod', rs).length > 0);
          if (!oldPods) this.scaleRS(d, nrs, want);
        } else this.rolling(d, nrs, olds, want);
      } else if (nrs && !olds.some((rs) => (rs.spec.replicas ?? 0) > 0)) this.scaleRS(d, nrs, want);
      // keep revisionHistoryLimit old sets
      const limit = d.spec.revisionHistoryLimit ?? 10;
      const dead = olds.filter((rs) => (rs.spec.replicas ?? 0) === 0 && !this.owned('Pod', rs).length);
      for (const rs of dead.slice(0, Math.max(0, dead.length - limit))) this.remove(rs);
      if (nrs && d.metadata.annotations?.['deployment.kubernetes.io/revision'] !== String(Cluster.revision(nrs))) {
        d.metadata.annotations = { ...d.metadata.annotations, 'deployment.kubernetes.io/revision': String(Cluster.revision(nrs)) };
        this.touch(d);
      }
      this.deploymentStatus(d, nrs, olds);
    }
  }
  private rolling(d: Obj, nrs: Obj, olds: Obj[], want: number): void {
    const surge = intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', want, true);
    let unavail = intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable ?? '25%', want, false);
    if (surge === 0 && unavail === 0) unavail = 1;
    const avail = (rs: Obj) => rs.status?.availableReplicas ?? 0;
    const all = [nrs, ...olds];
    const total = () => all.reduce((a, rs) => a + (rs.spec.replicas ?? 0), 0);
    // scale up the new set
    const cur = nrs.spec.replicas ?? 0;
    if (cur > want) this.scaleRS(d, nrs, want);
    else if (cur < want) {
      const up = Math.min(want + surge - total(), want - cur);
      if (up > 0) this.scaleRS(d, nrs, cur + up);
    }
    // scale down old sets
    const activeOld = olds.filter((rs) => (rs.spec.replicas ?? 0) > 0);
    if (!activeOld.length) return;
    const minAvail = want - unavail;
    const newUnavail = (nrs.spec.replicas ?? 0) - avail(nrs);
    let maxDown = total() - minAvail - newUnavail;
    if (maxDown <= 0) return;
    // first the old pods that are not available
    for (const rs of activeOld) {
      if (maxDown <= 0) break;
      const bad = (rs.spec.replicas ?? 0) - avail(rs);
      if (bad <= 0) continue;
      const n = Math.min(bad, maxDown);
      this.scaleRS(d, rs, (rs.spec.replicas ?? 0) - n);
      maxDown -= n;
    }
    const availAll = all.reduce((a, rs) => a + avail(rs), 0);
    let down = Math.min(maxDown, availAll - minAvail);
    for (const rs of activeOld) {
      if (down <= 0) break;
      const n = Math.min(rs.spec.replicas ?? 0, down);
      if (n > 0) {
        this.scaleRS(d, rs, (rs.spec.replicas ?? 0) - n);
        down -= n;
      }
    }
  }
  private deploymentStatus(d: Obj, nrs: Obj | undefined, olds: Obj[]): void {
    const all = nrs ? [nrs, ...olds] : olds;
    const sum = (f: (rs: Obj) => number) => all.reduce((a, rs) => a + f(rs), 0);
    const want = d.spec.replicas ?? 1;
    const replicas = sum((rs) => rs.status?.replicas ?? 0);
    const updated = nrs?.status?.replicas ?? 0;
    const ready = sum((rs) => rs.status?.readyReplicas ?? 0);
    const available = sum((rs) => rs.status?.availableReplicas ?? 0);
    const unavail = Math.max(0, replicas - available, want - available);
    const prev = d.status?.conditions ?? [];
    const since = (type: string, status: string, reason: string) => {
      const p = prev.find((c: any) => c.type === type);
      return p && p.status === status && p.reason === reason ? p.lastTransitionTime : this.t;
    };
    const isAvail = available >= want - intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable ?? '25%', want, false);
    const complete = nrs && updated === want && replicas === want && available === want && !olds.some((rs) => (rs.status?.replicas ?? 0) > 0);
    const avCond = isAvail
      ? { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
      : { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' };
    let prog: any;
    if (d.spec.paused) prog = { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' };
    else if (complete) prog = { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${nrs!.metadata.name}" has successfully progressed.` };
    else if (nrs && this.t - this.progressAt(d, `${updated}/${ready}/${available}/${replicas}`) >= (d.spec.progressDeadlineSeconds ?? 600) * 1000)
      prog = { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${nrs.metadata.name}" has timed out progressing.` };
    else prog = { type: 'Progressing', status: 'True', reason: nrs && this.t === nrs.metadata.creationTimestamp ? 'NewReplicaSetCreated' : 'ReplicaSetUpdated', message: `ReplicaSet "${nrs?.metadata.name}" is progressing.` };
    const conds = [avCond, prog].map((c) => {
      const p = prev.find((x: any) => x.type === c.type);
      return { ...c, lastUpdateTime: p && p.reason === c.reason && p.status === c.status && p.message === c.message ? p.lastUpdateTime : this.t, lastTransitionTime: since(c.type, c.status, c.reason) };
    });
    const status: any = { observedGeneration: d.metadata.generation, replicas, updatedReplicas: updated, readyReplicas: ready, availableReplicas: available, unavailableReplicas: unavail, conditions: conds };
    for (const k of ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas']) if (!status[k]) delete status[k];
    this.setStatus(d, status);
  }

  private progress = new Map<string, { key: string; at: number }>();
  /** when the deployment last made progress (counts changed) */
  private progressAt(d: Obj, key: string): number {
    const p = this.progress.get(d.metadata.uid);
    if (!p || p.key !== key) {
      this.progress.set(d.metadata.uid, { key, at: this.t });
      this.later((d.spec.progressDeadlineSeconds ?? 600) * 1000, () => (this.dirty = true));
      return this.t;
    }
    return p.at;
  }
  /** marks a deployment as progressing now (new rollout, resume) */
  resetProgress(d: Obj): void {
    this.progress.delete(d.metadata.uid);
  }

  // ------------------------------------------------------------------ metrics and autoscaling
  /** metrics-server answers once one of its pods is ready */
  metricsAvailable(): boolean {
    return this.list('Pod', 'kube-system').some((x) => x.metadata.labels?.['k8s-app'] === 'metrics-server' && this.podReady(x));
  }
  /** CPU (millicores) and memory (Mi) a running pod uses: a small base, plus the load sent to it */
  usage(p: Obj): { cpu: number; mem: number } {
    const name = p.metadata.name;
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
    const base: [RegExp, number, number][] = [
      [/^kube-apiserver/, 40, 250],
      [/^etcd/, 18, 45],
      [/^kube-controller-manager/, 12, 45],
      [/^kube-scheduler/, 3, 18],
      [/^coredns/, 2, 12],
      [/flannel|calico/, 8, 10],
      [/^kube-proxy/, 1, 10],
      [/^metrics-server/, 4, 16],
    ];
    const b = base.find(([re]) => re.test(name));
    let cpu = b ? b[1] + (h % 7) : 1 + (h % 3);
    const mem = b ? b[2] + (h % 9) : 3 + (h % 6);
    cpu += this.loadFor(p);
    const limit = cpuMilli(p.spec.containers?.[0]?.resources?.limits?.cpu);
    return { cpu: limit ? Math.min(cpu, limit) : cpu, mem };
  }
  /** load generators (`while ...; do wget ... http://SVC; done`) spread their requests over the pods behind SVC */
  private loadFor(p: Obj): number {
    let total = 0;
    for (const g of this.list('Pod')) {
      if (g.status?.phase !== 'Running' || g.metadata.deletionTimestamp) continue;
      const cmd = (g.spec.containers ?? []).flatMap((c: any) => [...(c.command ?? []), ...(c.args ?? [])]).join(' ');
      const m = /(?:wget|curl)[^;]*?https?:\/\/([\w.-]+)/.exec(cmd);
      if (!m) continue;
      const svc = this.get('Service', g.metadata.namespace, m[1].split('.')[0]);
      if (!svc?.spec.selector || !matchLabels(svc.spec.selector, p.metadata.labels) || p.metadata.namespace !== svc.metadata.namespace) continue;
      const backends = this.list('Pod', p.metadata.namespace).filter((x) => matchLabels(svc.spec.selector, x.metadata.labels) && this.podReady(x)).length || 1;
      total += Math.round(700 / backends);
    }
    return total;
  }
  private hpaTimer = false;
  /** the HorizontalPodAutoscaler controller: every 15 s, from the metrics */
  hpaController(): void {
    for (const h of this.list('HorizontalPodAutoscaler')) {
      const ref = h.spec.scaleTargetRef;
      const target = this.get(ref.kind, h.metadata.namespace, ref.name);
      const want = h.spec.metrics?.[0]?.resource?.target?.averageUtilization ?? 80;
      const min = h.spec.minReplicas ?? 1;
      const max = h.spec.maxReplicas;
      const prev = JSON.stringify(h.status);
      h.status = { ...h.status, currentReplicas: target?.spec.replicas ?? 0 };
      if (!target) continue;
      const pods = this.list('Pod', h.metadata.namespace).filter((p) => matchLabels(target.spec.selector?.matchLabels, p.metadata.labels) && p.status.phase === 'Running' && !p.metadata.deletionTimestamp);
      const noRequest = pods.find((p) => !p.spec.containers?.[0]?.resources?.requests?.cpu);
      let util: number | undefined;
      if (!this.metricsAvailable()) this.event(h, 'Warning', 'FailedGetResourceMetric', 'failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)', 'horizontal-pod-autoscaler');
      else if (noRequest) this.event(h, 'Warning', 'FailedGetResourceMetric', `failed to get cpu utilization: missing request for cpu in container ${noRequest.spec.containers[0].name} of Pod ${noRequest.metadata.name}`, 'horizontal-pod-autoscaler');
      else if (pods.length) {
        const used = pods.reduce((a, p) => a + this.usage(p).cpu, 0);
        const req = pods.reduce((a, p) => a + cpuMilli(p.spec.containers[0].resources.requests.cpu), 0);
        util = Math.round((used / req) * 100);
      }
      let desired = Math.min(max, Math.max(min, target.spec.replicas ?? 1));
      if (util !== undefined) {
        h.status.currentMetrics = [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${Math.round(pods.reduce((a, p) => a + this.usage(p).cpu, 0) / pods.length)}m` } } }];
        const ratio = util / want;
        if (Math.abs(ratio - 1) > 0.1) desired = Math.min(max, Math.max(min, Math.ceil(pods.length * ratio)));
        // scale-down stabilisation: the highest recommendation of the last five minutes wins
        const recs: [number, number][] = (this.hpaRecs.get(h.metadata.uid) ?? []).filter(([t]) => this.t - t < 300_000);
        recs.push([this.t, desired]);
        this.hpaRecs.set(h.metadata.uid, recs);
        if (desired < (target.spec.replicas ?? 1)) desired = Math.min(target.spec.replicas ?? 1, Math.max(...recs.map(([, d]) => d)));
      } else delete h.status.currentMetrics;
      if (desired !== target.spec.replicas) {
        const reason = util === undefined ? (desired < min ? 'Current number of replicas below Spec.MinReplicas' : 'Current number of replicas above Spec.MaxReplicas') : `cpu resource utilization (percentage of request) ${desired > (target.spec.replicas ?? 1) ? 'above' : 'below'} target`;
        this.event(h, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`, 'horizontal-pod-autoscaler');
        target.spec.replicas = desired;
        target.metadata.generation = (target.metadata.generation ?? 1) + 1;
        this.touch(target);
        h.status.lastScaleTime = this.t;
      }
      h.status.desiredReplicas = desired;
      if (JSON.stringify(h.status) !== prev) this.touch(h);
    }
  }
  private hpaRecs = new Map<string, [number, number][]>();
  /** starts the 15-second autoscaler loop once an HPA exists */
  startHpa(): void {
    if (this.hpaTimer) return;
    this.hpaTimer = true;
    const loop = () => {
      if (!this.list('HorizontalPodAutoscaler').length) {
        this.hpaTimer = false;
        return;
      }
      this.hpaController();
      this.later(15_000, loop);
    };
    this.later(1000, loop);
  }

  private endpointsController(): void {
    const svcs = this.list('Service');
    if (!svcs.length) return;
    const byNs = new Map<string, Obj[]>();
    for (const p of this.list('Pod')) {
      const a = byNs.get(p.metadata.namespace!) ?? [];
      a.push(p);
      byNs.set(p.metadata.namespace!, a);
    }
    for (const s of svcs) {
      if (!s.spec.selector) continue;
      const pods = (byNs.get(s.metadata.namespace!) ?? []).filter((p) => matchLabels(s.spec.selector, p.metadata.labels) && p.status.podIP && !p.metadata.deletionTimestamp);
      pods.sort((a, b) => (a.status.podIP < b.status.podIP ? -1 : 1));
      const addr = (p: Obj) => ({ ip: p.status.podIP, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid } });
      const ready = pods.filter((p) => this.podReady(p)).map(addr);
      const notReady = pods.filter((p) => !this.podReady(p)).map(addr);
      const ports = (s.spec.ports ?? []).map((p: any) => {
        const o: any = { port: typeof p.targetPort === 'number' ? p.targetPort : this.namedPort(pods[0], p.targetPort) ?? p.port, protocol: p.protocol ?? 'TCP' };
        if (p.name) o.name = p.name;
        return o;
      });
      const subsets = ready.length || notReady.length ? [{ ...(ready.length ? { addresses: ready } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports }] : undefined;
      let ep = this.get('Endpoints', s.metadata.namespace, s.metadata.name);
      if (!ep) {
        ep = this.add({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: s.metadata.name, namespace: s.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: this.t, labels: clone(s.metadata.labels) }, subsets });
        if (!subsets) delete ep.subsets;
        continue;
      }
      if (JSON.stringify(ep.subsets) !== JSON.stringify(subsets)) {
        if (subsets) ep.subsets = subsets;
        else delete ep.subsets;
        this.touch(ep);
      }
    }
  }
  private namedPort(p: Obj | undefined, name: any): number | undefined {
    if (!p || typeof name !== 'string') return Number(name) || undefined;
    for (const c of p.spec.containers ?? []) for (const port of c.ports ?? []) if (port.name === name) return port.containerPort;
    return undefined;
  }
}
