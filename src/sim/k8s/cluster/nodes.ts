/** The nodes: registration, the Ready condition and taints from the kubelet's heartbeat, power and service changes, cordon, the pod network coming up (taint-based eviction in taints.ts). */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Labels, Obj } from '../objects';
import { NOT_READY_GRACE, RUNTIME_DOWN_AFTER, PLEG_THRESHOLD, NODE_STATUS_EVERY, type NodeSim } from './types';

/** Go's time.Duration.String() for a whole number of milliseconds */
export function goDuration(ms: number): string {
  const m = Math.floor(ms / 60_000);
  const s = ((ms % 60_000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return m ? `${m}m${s}s` : `${s}s`;
}

/** the kubelet's runtimeErrors() while the container runtime does not answer, as the Ready condition's message */
export function runtimeDownMessage(downAt: number, now: number): string {
  const errs = ['container runtime is down'];
  if (now - downAt >= PLEG_THRESHOLD) errs.push(`PLEG is not healthy: pleg was last seen active ${goDuration(now - downAt)} ago; threshold is 3m0s`);
  return errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
}

export const nodeMethods = {
  addNode(this: Cluster, opts: Partial<NodeSim> & { name: string; ip: string; controlPlane?: boolean }): Obj {
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
    this.addNodeLease(n, node);
    return node;
  },
  nodeObj(this: Cluster, name: string): Obj | undefined {
    return this.get('Node', undefined, name);
  },
  /** kubelet heartbeat alive (VM on, kubelet and runtime running) */
  alive(this: Cluster, n: NodeSim): boolean {
    return n.up && n.kubelet && n.runtime;
  },
  /** the kubelet runs and posts the node's status (with or without its container runtime) */
  heartbeat(this: Cluster, n: NodeSim): boolean {
    return n.up && n.kubelet;
  },
  /** the kubelet's status loop while the runtime is down: the Ready condition turns False, its message grows */
  runtimeDownTick(this: Cluster, name: string, since: number): void {
    const n = this.nodes.get(name);
    if (!n || n.runtime || n.runtimeDownAt !== since || !this.heartbeat(n)) return;
    n.lastHeartbeat = this.t;
    this.refreshNode(n);
    this.later(NODE_STATUS_EVERY, 'runtimeDownTick', name, since);
  },
  /** Recomputes a node's Ready condition and taints from its state. */
  refreshNode(this: Cluster, n: NodeSim): void {
    const o = this.nodeObj(n.name);
    if (!o) return;
    let ready: NodeSim['ready'];
    if (!this.heartbeat(n)) ready = this.t - n.lastHeartbeat >= NOT_READY_GRACE ? 'Unknown' : n.ready;
    else if (!n.runtime) ready = n.runtimeDownAt !== undefined && this.t - n.runtimeDownAt >= RUNTIME_DOWN_AFTER ? 'False' : n.ready;
    else ready = n.cni ? 'True' : 'False';
    if (ready !== n.ready) {
      const was = n.ready;
      n.ready = ready;
      n.readySince = this.t;
      if (ready === 'True') this.event(o, 'Normal', 'NodeReady', `Node ${n.name} status is now: NodeReady`, `kubelet|${n.name}`);
      else if (ready === 'False' && was === 'True') this.event(o, 'Normal', 'NodeNotReady', `Node ${n.name} status is now: NodeNotReady`, `kubelet|${n.name}`);
      else if (ready === 'Unknown') {
        this.event(o, 'Normal', 'NodeNotReady', `Node ${n.name} status is now: NodeNotReady`, 'node-controller');
        for (const p of this.podsOn(n.name)) {
          this.event(p, 'Warning', 'NodeNotReady', 'Node is not ready', 'node-controller');
          this.setPodReady(p, false);
        }
      }
    }
    let taints: any[] = (o.spec.taints ?? []).filter((x: any) => !x.key.startsWith('node.kubernetes.io/'));
    if (o.spec.unschedulable) taints.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: this.t });
    // the node lifecycle controller (nodelifecycle/node_lifecycle_controller.go): a NoSchedule taint for the Ready
    // condition (doNoScheduleTaintingPass), then the NoExecute one (doNoExecuteTaintingPass), not-ready for False and
    // unreachable for Unknown, each with timeAdded (SwapNodeControllerTaint); with no node Ready at all (the zone in
    // full disruption) it adds no NoExecute taint
    const zoneUp = [...this.nodes.values()].some((m) => m.ready === 'True' && this.nodeObj(m.name));
    if (ready === 'False') {
      taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule', timeAdded: n.readySince });
      if (zoneUp) taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: n.readySince });
    }
    if (ready === 'Unknown')
      taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: n.readySince }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: n.readySince });
    // keep timeAdded of taints already present
    taints = taints.map((x) => (o.spec.taints ?? []).find((y: any) => y.key === x.key && y.effect === x.effect) ?? x);
    const before = JSON.stringify(o.spec.taints ?? []);
    const noExecute = (l: any[]) => JSON.stringify(l.filter((x) => x.effect === 'NoExecute').map((x) => [x.key, x.value]));
    const noExecuteChanged = noExecute(o.spec.taints ?? []) !== noExecute(taints);
    if (taints.length) o.spec.taints = taints;
    else delete o.spec.taints;
    // the taint manager sees the node's NoExecute taints change (NodeUpdated)
    if (noExecuteChanged) this.taintManagerSync(n, o);
    const status = this.nodeStatus(n, o);
    if (before !== JSON.stringify(o.spec.taints ?? []) || JSON.stringify(status) !== JSON.stringify(o.status)) {
      o.status = status;
      this.touch(o);
    }
  },
  nodeStatus(this: Cluster, n: NodeSim, o: Obj): any {
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
            ...cond('Ready', 'False', 'KubeletNotReady', !n.runtime && n.runtimeDownAt !== undefined ? runtimeDownMessage(n.runtimeDownAt, this.t) : 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized'),
            lastTransitionTime: n.readySince,
          },
    ];
    const netAt = n.cniSince ?? n.readySince;
    if (this.cni === 'flannel' && n.cni) conditions.unshift({ type: 'NetworkUnavailable', status: 'False', lastHeartbeatTime: netAt, lastTransitionTime: netAt, reason: 'FlannelIsUp', message: 'Flannel is running on this node' });
    if (this.cni === 'calico' && n.cni) conditions.unshift({ type: 'NetworkUnavailable', status: 'False', lastHeartbeatTime: netAt, lastTransitionTime: netAt, reason: 'CalicoIsUp', message: 'Calico is running on this node' });
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
        systemUUID: n.systemUuid ?? n.bootId,
      },
    };
  },
  /** Changes a node's machine state (VM halted, kubelet stopped, ...). */
  setNode(this: Cluster, name: string, change: Partial<Pick<NodeSim, 'up' | 'kubelet' | 'runtime' | 'kubeletVersion' | 'runtimeVersion'>>): void {
    const n = this.nodes.get(name);
    if (!n) return;
    const wasAlive = this.alive(n);
    const wasBeat = this.heartbeat(n);
    const wasUp = n.up;
    Object.assign(n, change);
    if (wasUp && !n.up && n.cni) n.runCleared = true;
    const alive = this.alive(n);
    const beat = this.heartbeat(n);
    if (wasBeat && !beat) {
      n.lastHeartbeat = this.t;
      this.later(NOT_READY_GRACE, 'refreshNodeNamed', n.name);
      if (!n.up) for (const p of this.podsOn(name)) this.pods.set(p.metadata.uid, { ...(this.pods.get(p.metadata.uid) ?? { pullFailures: 0, crashes: 0, token: 0 }), stage: 'new' });
    } else if (beat && !n.runtime && (wasAlive || !wasBeat)) {
      // containerd stopped under a running kubelet (or the kubelet came up without it): the kubelet keeps posting
      // the node's status; its containers live on in their shims
      n.lastHeartbeat = this.t;
      n.runtimeDownAt = wasAlive ? this.t : this.t - RUNTIME_DOWN_AFTER;
      this.later(1000 + this.rng.int(NODE_STATUS_EVERY - 1000), 'runtimeDownTick', n.name, n.runtimeDownAt);
    }
    if (!wasAlive && alive) {
      delete n.runtimeDownAt;
      n.lastHeartbeat = this.t;
      if (!wasUp) n.bootId = this.uid();
      this.later(1500 + this.rng.int(1500), 'nodeBack', name, wasUp);
    }
    const o = this.nodeObj(name);
    if (o) {
      const st = this.nodeStatus(n, o);
      if (JSON.stringify(st) !== JSON.stringify(o.status)) {
        o.status = st;
        this.touch(o);
      }
    }
  },
  /** a node's kubelet is back: it posts its status, and its pods restart (or go, when deleted meanwhile) */
  nodeBack(this: Cluster, name: string, wasUp: boolean): void {
    const n = this.nodes.get(name);
    if (!n || !this.alive(n)) return;
    n.lastHeartbeat = this.t;
    this.refreshNode(n);
    // pods marked for deletion while the node was away go now; the rest restart
    for (const p of this.podsOn(name)) {
      if (p.metadata.deletionTimestamp) this.remove(p);
      else if (!wasUp || this.pods.get(p.metadata.uid)?.stage === 'new') this.restartPod(p);
      // a container that exited while the kubelet was away: the new kubelet has no back-off yet and starts it again
      else if (this.pods.get(p.metadata.uid)?.stage === 'crash') {
        for (const cs of p.status.containerStatuses ?? []) if (cs.state.terminated) cs.lastState = { terminated: cs.state.terminated };
        this.crashRestart(p, n);
      }
    }
    this.dirty = true;
  },
  refreshNodeNamed(this: Cluster, name: string): void {
    const n = this.nodes.get(name);
    if (n) this.refreshNode(n);
  },
  podsOn(this: Cluster, node: string): Obj[] {
    return this.list('Pod').filter((p) => p.spec.nodeName === node);
  },
  cordon(this: Cluster, name: string, on: boolean): boolean {
    const o = this.nodeObj(name)!;
    if (!!o.spec.unschedulable === on) return false;
    if (on) o.spec.unschedulable = true;
    else delete o.spec.unschedulable;
    this.event(o, 'Normal', on ? 'NodeNotSchedulable' : 'NodeSchedulable', `Node ${name} status is now: ${on ? 'NodeNotSchedulable' : 'NodeSchedulable'}`, `kubelet|${name}`);
    this.refreshNode(this.nodes.get(name)!);
    this.touch(o);
    return true;
  },
  cniUpNamed(this: Cluster, name: string): void {
    const n = this.nodes.get(name);
    if (n) this.cniUp(n);
  },
  cniUp(this: Cluster, n: NodeSim): void {
    if (!this.alive(n)) return;
    // flanneld writes /run/flannel/subnet.env again after a reboot
    if (n.cni) {
      n.runCleared = undefined;
      return;
    }
    n.cni = true;
    n.cniSince ??= this.t;
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
  },
  /** a MAC address as the kernel makes one for a new device (eth_random_addr: unicast, locally administered) */
  mac(this: Cluster): string {
    const b = Array.from({ length: 6 }, () => this.rng.hex(2));
    b[0] = ((parseInt(b[0], 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
    return b.join(':');
  },
};
