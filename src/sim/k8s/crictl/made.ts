// The sandboxes and containers made with `crictl runp`, `create` and `run` on a node, as containerd 1.7.24's CRI
// plugin (pkg/cri/server sandbox_run.go, container_create.go, container_start.go, container_stop.go,
// sandbox_stop.go, sandbox_remove.go) keeps and answers for them; the kubelet's own pods are ../runtime.ts's.
// Kept for the world's lifetime in memory (not in a saved world).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import type { Obj } from '../objects';
import { hostname } from '../host';
import { programExit, sleepsFor } from '../program-end';

export interface MadeSandbox {
  id: string;
  /** the PodSandboxConfig as decoded */
  config: any;
  /** makeSandboxName: name_namespace_uid_attempt */
  name: string;
  runtime: string;
  createdAt: number;
  ready: boolean;
  ip: string;
  /** a pod object for the views the kubelet's sandboxes share (exec, status) */
  pod: Obj;
}

export interface MadeCtr {
  id: string;
  sandbox: string;
  /** the sandbox's pod object (a kubelet's pod when created in its sandbox) */
  pod: Obj;
  config: any;
  sandboxConfig: any;
  name: string;
  image: string;
  state: 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED';
  createdAt: number;
  startedAt: number;
  finishedAt: number;
  exitCode: number;
  reason: string;
  /** when its program ends by itself, and with what status */
  endsAt?: number;
  endCode?: number;
}

interface NodeMade {
  sandboxes: MadeSandbox[];
  containers: MadeCtr[];
}

const made = new WeakMap<K8sState, Map<string, NodeMade>>();
const madePods = new WeakSet<Obj>();
/** the pod object of a sandbox crictl made (its labels and annotations are the config's alone) */
export const isMadePod = (pod: Obj) => madePods.has(pod);

/** what crictl made on this host */
export function madeOn(st: K8sState, h: Host): NodeMade {
  let m = made.get(st);
  if (!m) made.set(st, (m = new Map()));
  let n = m.get(h.id);
  if (!n) m.set(h.id, (n = { sandboxes: [], containers: [] }));
  return n;
}

/** util.GenerateID: 32 random bytes in hex */
const genId = (st: K8sState) => st.cluster.rng.hex(64);

const meta = (m: any) => ({ name: m?.name ?? '', namespace: m?.namespace ?? '', uid: m?.uid ?? '', attempt: m?.attempt ?? 0 });
export const sandboxName = (m: any) => {
  const x = meta(m);
  return [x.name, x.namespace, x.uid, x.attempt].join('_');
};
const hostNetwork = (config: any) => config?.linux?.security_context?.namespace_options?.network === 2;

type Fail = { error: string; code: 'Unknown' | 'NotFound' };

/** RunPodSandbox: the new sandbox's id, or the error containerd answers */
export function runPodSandbox(st: K8sState, h: Host, config: any, runtime: string, kubeletNames: Set<string>, now: number): { id: string } | Fail {
  if (!config.metadata) return { error: 'sandbox config must include metadata', code: 'Unknown' };
  const id = genId(st);
  const name = sandboxName(config.metadata);
  const mine = madeOn(st, h);
  const holder = mine.sandboxes.find((s) => s.name === name)?.id ?? (kubeletNames.has(name) ? 'kubelet' : null);
  if (holder) return { error: `failed to reserve sandbox name "${name}": name "${name}" is reserved for "${holder}"`, code: 'Unknown' };
  const node = st.cluster.nodes.get(hostname(h));
  // ensureImageExists: the sandbox image is pulled when the node lacks it
  if (node && ![...node.images].some((i) => i.includes('/pause:'))) node.images.add('registry.k8s.io/pause:3.8');
  const handler = runtime || 'runc';
  if (handler !== 'runc') return { error: `failed to get sandbox runtime: no runtime for "${handler}" is configured`, code: 'Unknown' };
  let ip = '';
  if (!hostNetwork(config)) {
    if (!node?.cni) return { error: `failed to setup network for sandbox "${id}": cni plugin not initialized`, code: 'Unknown' };
    do ip = `${st.cluster.podSubnet(node)}.${node.nextIp++}`;
    while (st.cluster.usedIps.has(ip));
    st.cluster.usedIps.add(ip);
  }
  const m = meta(config.metadata);
  const pod: Obj = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, labels: config.labels ?? {}, annotations: config.annotations ?? {} },
    // the hostname: the config's, else the node's (RunPodSandbox writes it to the sandbox's hostname file)
    spec: { nodeName: hostname(h), hostname: config.hostname || hostname(h), containers: [], ...(hostNetwork(config) ? { hostNetwork: true } : {}) },
    status: { podIP: ip, hostIP: node?.ip ?? '' },
  } as Obj;
  madePods.add(pod);
  mine.sandboxes.push({ id, config, name, runtime, createdAt: now, ready: true, ip, pod });
  return { id };
}

/** truncindex.Get over the sandboxes crictl made (the kubelet's are looked up by the caller) */
export function findSandbox(st: K8sState, h: Host, prefix: string): MadeSandbox | 'not found' | 'ambiguous' {
  const hits = madeOn(st, h).sandboxes.filter((s) => s.id.startsWith(prefix));
  if (hits.length > 1 && !hits.some((s) => s.id === prefix)) return 'ambiguous';
  return hits.find((s) => s.id === prefix) ?? hits[0] ?? 'not found';
}

/** CreateContainer in a sandbox crictl made: the container's id, or containerd's error */
export function createContainer(st: K8sState, h: Host, sb: { id: string; ready: boolean; pod: Obj }, config: any, sandboxConfig: any, resolve: (ref: string) => string | null, now: number): { id: string } | Fail {
  if (!sb.ready) return { error: `failed to get sandbox container task: no running task found: task ${sb.id} not found: not found`, code: 'NotFound' };
  if (!config.metadata) return { error: 'container config must include metadata', code: 'Unknown' };
  const id = genId(st);
  const m = meta(sandboxConfig?.metadata);
  const name = [config.metadata.name ?? '', m.name, m.namespace, m.uid, config.metadata.attempt ?? 0].join('_');
  const mine = madeOn(st, h);
  const holder = mine.containers.find((c) => c.name === name);
  if (holder) return { error: `failed to reserve container name "${name}": name "${name}" is reserved for "${holder.id}"`, code: 'Unknown' };
  const ref = config.image?.image ?? '';
  const image = resolve(ref);
  if (!image) return { error: `failed to resolve image "${ref}": not found`, code: 'NotFound' };
  if (isMadePod(sb.pod)) sb.pod.spec.containers.push({ name: config.metadata.name ?? '', image, command: config.command, args: config.args, workingDir: config.working_dir });
  mine.containers.push({ id, sandbox: sb.id, pod: sb.pod, config, sandboxConfig, name, image, state: 'CONTAINER_CREATED', createdAt: now, startedAt: 0, finishedAt: 0, exitCode: 0, reason: '' });
  return { id };
}

/** StartContainer of a container crictl made: null when it runs */
export function startMade(st: K8sState, h: Host, c: MadeCtr, now: number): string | null {
  if (c.state !== 'CONTAINER_CREATED') return `failed to set starting state for container "${c.id}": container is in ${c.state} state`;
  const sb = madeOn(st, h).sandboxes.find((s) => s.id === c.sandbox);
  if (sb && !sb.ready) return `sandbox container "${sb.id}" is not running`;
  c.state = 'CONTAINER_RUNNING';
  c.startedAt = now;
  // its command runs: one that ends by itself (program-end.ts) leaves the container exited
  const command = [...(c.config.command ?? []), ...(c.config.args ?? [])].map(String);
  const code = programExit(c.image, command, !!(c.config.stdin || c.config.tty));
  if (code !== null) {
    c.endsAt = now + 100 + sleepsFor(command);
    c.endCode = code;
  }
  return null;
}

/** A started container whose program has ended by `now` is exited (containerd's reason: Completed or Error). */
export function settleMade(c: MadeCtr, now: number): void {
  if (c.state !== 'CONTAINER_RUNNING' || c.endsAt === undefined || c.endsAt > now) return;
  c.state = 'CONTAINER_EXITED';
  c.finishedAt = c.endsAt;
  c.exitCode = c.endCode ?? 0;
  c.reason = c.exitCode === 0 ? 'Completed' : 'Error';
}

/** StopContainer: SIGKILL (crictl's default timeout 0), as the kubelet's containers are stopped here */
export function stopMade(c: MadeCtr, now: number): void {
  if (c.state !== 'CONTAINER_RUNNING') return;
  c.state = 'CONTAINER_EXITED';
  c.finishedAt = now;
  c.exitCode = 137;
  c.reason = 'Error';
}

/** StopPodSandbox: its containers stop, the sandbox is not ready and its network is torn down */
export function stopSandboxMade(st: K8sState, h: Host, sb: MadeSandbox, now: number): void {
  for (const c of madeOn(st, h).containers) if (c.sandbox === sb.id) stopMade(c, now);
  if (sb.ready && sb.ip) st.cluster.usedIps.delete(sb.ip);
  sb.ready = false;
}

/** RemovePodSandbox: the sandbox and its containers go */
export function removeSandboxMade(st: K8sState, h: Host, sb: MadeSandbox, now: number): void {
  stopSandboxMade(st, h, sb, now);
  const mine = madeOn(st, h);
  mine.containers = mine.containers.filter((c) => c.sandbox !== sb.id);
  mine.sandboxes = mine.sandboxes.filter((s) => s !== sb);
}

export function removeMade(st: K8sState, h: Host, id: string): void {
  const mine = madeOn(st, h);
  mine.containers = mine.containers.filter((c) => c.id !== id);
}
