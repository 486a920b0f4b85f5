/** The cluster's state types: kept as plain data (objects, arrays, Maps and Sets) so a world can be saved and restored. */
import type { Obj } from '../objects';

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
  /**
   * the node was powered off since its network plugin last ran on it: the CNI configuration in /etc/cni/net.d is
   * still there (the node is Ready), /run/flannel/subnet.env (tmpfs) is not, so pod sandboxes fail until it runs again
   */
  runCleared?: boolean;
  /** when the network plugin first set up the node (its NetworkUnavailable condition keeps this time) */
  cniSince?: number;
  lastHeartbeat: number;
  ready: 'True' | 'False' | 'Unknown';
  readySince: number;
  images: Set<string>;
  podIndex: number;
  nextIp: number;
  bootId: string;
  /** the machine's SMBIOS UUID (/sys/class/dmi/id/product_uuid), which the kubelet reports as systemUUID */
  systemUuid?: string;
  /** when the kubelet last reached its container runtime while the runtime is down (unset while it answers) */
  runtimeDownAt?: number;
  /** containerd was stopped at this time while its shims (and the containers under them) lived on */
  shimsSince?: number;
  /** the kubelet's journal on the node is written up to this time */
  journalAt?: number;
  /** the kubelet start (its unit's `since`) whose flag warnings, and whose registration lines, are in the journal */
  journalStart?: number;
  journalRegistered?: number;
  /** the taint manager's scheduled evictions of the node's pods: pod uid -> when it fires */
  evictions?: Record<string, number>;
}

export interface PodSim {
  stage: 'new' | 'creating' | 'pulling' | 'backoff' | 'running' | 'crash' | 'done' | 'killing';
  pullFailures: number;
  crashes: number;
  token: number;
  /** the environment each container started with (name -> [key, value] pairs): fixed until it restarts */
  env?: Record<string, [string, string][]>;
  /** failed attempts to mount a volume / to build a container's configuration (their back-off) */
  mountFailures?: number;
  configFailures?: number;
  /** the sandbox's attempt: the kubelet makes a new sandbox (a new id, ATTEMPT one more) each time it recreates it */
  sandbox?: number;
  /** when the current sandbox (attempt > 0) was made */
  sandboxAt?: number;
  /** the probe workers' round: a restart or a liveness kill starts a new one and ends the old */
  probeRun?: number;
}

/** A scheduled step, kept as data: the Cluster method to call and its plain arguments. */
export interface Timer {
  at: number;
  seq: number;
  fn: string;
  args: unknown[];
}

export const NOT_READY_GRACE = 40_000;
/** kubelet: maxWaitForContainerRuntime (the runtime is "down" once its last good status check is this old) */
export const RUNTIME_DOWN_AFTER = 30_000;
/** kubelet: genericPlegRelistThreshold */
export const PLEG_THRESHOLD = 180_000;
/** kubelet: nodeStatusUpdateFrequency */
export const NODE_STATUS_EVERY = 10_000;
export const EVICTION_DELAY = 300_000;
