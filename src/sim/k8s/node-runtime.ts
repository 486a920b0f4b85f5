/**
 * containerd and the kubelet as a node shows them: containerd's state directory /run/containerd (its sockets
 * while it runs, a task directory per live container, the shims that keep containers running after
 * `systemctl stop containerd`, as the unit's KillMode=process leaves them), and the kubelet's journal in klog's
 * text format (node registration, the runtime-down errors and the Ready condition going False).
 *
 * Texts: containerd v1.7 (runtime/v2/manager.go, runtime/v1/linux/runtime.go: state directories 0711;
 * the shim socket directory s/ 0700), grpc-go v1.54 ("transport: Error while dialing: %v"), systemd's
 * unit_log_leftover_process_stop/start, klog v2.100's text format (a struct value as JSON), and the kubelet's
 * v1.28 sources for each message and its file:line: pkg/kubelet/cri/remote/remote_runtime.go,
 * pkg/kubelet/kubelet.go (updateRuntimeUp, syncLoop), pkg/kubelet/runtime.go (runtimeErrors),
 * pkg/kubelet/pleg/generic.go (Relist, every second), pkg/kubelet/kubelet_node_status.go (registerWithAPIServer,
 * syncNodeStatus, updateNodeStatus: 5 tries every 10 s), pkg/kubelet/nodestatus/setters.go (ReadyCondition),
 * staging/src/k8s.io/component-helpers/apimachinery/lease/controller.go (the node lease, renewed every 10 s;
 * 5 update tries, then ensureLease's back-off from 200ms doubling up to 7s). The line numbers are those of the
 * release-1.28 tree as read (v1.28.1 and v1.28.7 give the same for all of these files); KLOG_AT keeps them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { World } from '../world';
import type { Host, SystemdUnit } from '../types';
import type { K8sState } from './world';
import type { Obj } from './objects';
import type { NodeSim } from './cluster/types';
import { RUNTIME_DOWN_AFTER, PLEG_THRESHOLD } from './cluster/types';
import { goDuration } from './cluster/nodes';
import { hostname } from './host';
import { fnv32a } from './rand';
import { sandboxId } from './runtime';
import { parseKubeletArgs } from './kubelet/pflag';
import { certExpiry } from './kubeadm/certs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
/** the journal keeps this many lines of a unit */
export const JOURNAL_KEEP = 1500;

export const KLOG_AT = {
  status: 'remote_runtime.go:633',
  sanity: 'kubelet.go:2840',
  skipping: 'kubelet.go:2327',
  listSandbox: 'remote_runtime.go:294',
  plegRelist: 'generic.go:238',
  register: 'kubelet_node_status.go:70',
  registered: 'kubelet_node_status.go:73',
  previously: 'kubelet_node_status.go:108',
  notReady: 'setters.go:552',
  nodeStatusRetry: 'kubelet_node_status.go:540',
  nodeStatusFailed: 'kubelet_node_status.go:527',
  leaseUpdate: 'controller.go:193',
  leaseFallback: 'controller.go:115',
  leaseEnsure: 'controller.go:146',
};

/** A live container's id (containerd://…) or a pod's sandbox, for the task directories and the shims. */
function cid(cs: any): string {
  return String(cs?.containerID ?? '').replace('containerd://', '');
}

/** Whether the containers of this node's pods are alive: containerd runs, or was stopped during this boot (its shims live on). */
export function containersLive(st: K8sState, h: Host): boolean {
  const u = h.sys?.units.get('containerd.service');
  if (!u || !h.up) return false;
  const n = st.cluster.nodes.get(hostname(h));
  return u.active === 'active' || (n?.shimsSince !== undefined && n.shimsSince >= h.bootedAt && st.hostOf.get(n.name) === h.id);
}

/**
 * systemd's words when containerd stops with its shims in the cgroup (KillMode=process): called on every change of
 * containerd's unit.
 */
export function containerdLeftovers(world: World, st: K8sState, h: Host): void {
  const u = h.sys?.units.get('containerd.service');
  const n = st.cluster.nodes.get(hostname(h));
  if (!u || !n || st.hostOf.get(n.name) !== h.id || !u.log?.length) return;
  const short = hostname(h);
  const stamp = journalStamp(world.now);
  const comm = 'containerd-shim';
  if (u.active !== 'active' && n.shimsSince === undefined && u.since === world.now && u.log[u.log.length - 1].endsWith(`Stopped ${u.description}.`)) {
    const pods = sandboxesOn(st, h);
    if (!pods.length || !h.up) return;
    n.shimsSince = world.now;
    const left = pods.map((p) => shimPid(st, h, p)).sort((a, b) => a - b).map((pid) => `${stamp} ${short} systemd[1]: containerd.service: Unit process ${pid} (${comm}) remains running after unit stopped.`);
    u.log = [...u.log.slice(0, -1), ...left, u.log[u.log.length - 1]].slice(-JOURNAL_KEEP);
  } else if (u.active === 'active' && n.shimsSince !== undefined) {
    // On start systemd finds the shims left in the cgroup, but RHEL 9's systemd (252-46, the RHEL-only commit
    // "core: decrease log level of messages about use of KillMode=none") logs "Found left-over process ..." at
    // debug level, which the manager does not write to the journal: nothing to add.
    delete n.shimsSince;
  }
}

/** The pods whose sandboxes run on the host (each has its shim). */
export function sandboxesOn(st: K8sState, h: Host): Obj[] {
  const name = hostname(h);
  if (st.hostOf.get(name) !== h.id) return [];
  return st.cluster.podsOn(name).filter((p) => p.status?.podIP);
}

/** A shim's pid: fixed for its sandbox, so it stays the same while containerd stops and starts. */
export function shimPid(st: K8sState, h: Host, p: Obj): number {
  return 4000 + (fnv32a(h.id) % 400) * 10 + (fnv32a(sandboxId(st, p)) % 2000) * 37;
}

export function shimLine(st: K8sState, h: Host, p: Obj): string {
  return `${shimPid(st, h, p)} /usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${sandboxId(st, p)} -address /run/containerd/containerd.sock`;
}

/** The processes left in containerd.service's cgroup, for `systemctl status` and ps: containerd itself while it runs, and one shim per sandbox. */
export function containerdCgroup(world: World, st: K8sState, hostId: string, unit: string): { tasks: number; lines: string[] } | null {
  const h = world.hosts.get(hostId);
  const u = h?.sys?.units.get(unit);
  if (!h || !u || unit !== 'containerd.service') return null;
  const live = containersLive(st, h);
  const pods = live ? sandboxesOn(st, h) : [];
  if (u.active !== 'active' && !pods.length) return null;
  if (u.active === 'active' && st.hostOf.get(hostname(h)) !== hostId) return null;
  const lines = [...(u.active === 'active' ? [`${u.pid} /usr/bin/containerd`] : []), ...pods.map((p) => shimLine(st, h, p))];
  return { tasks: (u.active === 'active' ? 8 : 0) + pods.length * 11, lines };
}

const SOCK = 0o140660;

function setDir(h: Host, path: string, mode: number): void {
  h.fs.mkdir(path, true);
  const n = h.fs.get(path);
  if (n) n.mode = mode;
}

/** Keeps /run/containerd in step with containerd and the node's containers (a tmpfs: gone after a reboot). */
export function syncRunDir(world: World, st: K8sState, h: Host): void {
  const u = h.sys?.units.get('containerd.service');
  if (!u) return;
  const live = containersLive(st, h);
  const fs = h.fs;
  const key = `${st.cluster.rv}|${u.active}|${h.up}|${live}|${h.bootedAt}`;
  if (seen.get(h) === key) return;
  seen.set(h, key);
  if (!live) {
    if (fs.exists('/run/containerd')) fs.remove('/run/containerd', true);
    return;
  }
  const fresh = !fs.exists('/run/containerd');
  setDir(h, '/run/containerd', 0o711);
  for (const d of ['io.containerd.grpc.v1.cri', 'io.containerd.runtime.v1.linux', 'io.containerd.runtime.v2.task']) setDir(h, `/run/containerd/${d}`, 0o711);
  setDir(h, '/run/containerd/runc', 0o700);
  setDir(h, '/run/containerd/s', 0o700);
  for (const s of ['containerd.sock', 'containerd.sock.ttrpc']) {
    const path = `/run/containerd/${s}`;
    if (u.active === 'active' && !fs.exists(path)) fs.write(path, '', false, SOCK);
    if (u.active !== 'active' && fs.exists(path)) fs.remove(path);
  }
  // a task directory per sandbox and per running container; the CRI plugin's state per sandbox and container
  const want = new Map<string, number>();
  const sandboxes = new Set<string>();
  for (const p of sandboxesOn(st, h)) {
    const sb = sandboxId(st, p);
    sandboxes.add(sb);
    want.set(sb, shimPid(st, h, p) + 20);
    (p.status?.containerStatuses ?? []).forEach((cs: any, j: number) => {
      if (cs.state?.running && cid(cs)) want.set(cid(cs), shimPid(st, h, p) + 24 + j * 3);
    });
  }
  const task = '/run/containerd/io.containerd.runtime.v2.task/k8s.io';
  const runc = '/run/containerd/runc/k8s.io';
  const cri = '/run/containerd/io.containerd.grpc.v1.cri';
  for (const d of [task, runc, `${cri}/sandboxes`, `${cri}/containers`]) setDir(h, d, d.startsWith(runc) ? 0o700 : 0o711);
  for (const base of [task, runc, `${cri}/sandboxes`, `${cri}/containers`]) {
    const list = fs.list(base);
    if (typeof list !== 'string') for (const e of list) if (!want.has(e.name) || (base.endsWith('sandboxes') && !sandboxes.has(e.name)) || (base.endsWith('containers') && sandboxes.has(e.name))) fs.remove(`${base}/${e.name}`, true);
  }
  for (const [id, pid] of want) {
    const dir = `${task}/${id}`;
    if (fs.exists(dir)) continue;
    setDir(h, dir, 0o700);
    const shim = sandboxes.has(id) ? id : [...sandboxes].find((sb) => (want.get(sb) ?? 0) <= pid && pid - (want.get(sb) ?? 0) < 40) ?? id;
    fs.write(`${dir}/address`, `unix:///run/containerd/s/${hex64(shim)}`);
    fs.write(`${dir}/init.pid`, String(pid));
    fs.write(`${dir}/runtime`, 'io.containerd.runc.v2');
    fs.write(`${dir}/shim-binary-path`, '/usr/bin/containerd-shim-runc-v2');
    fs.write(`${dir}/log`, '');
    setDir(h, `${dir}/rootfs`, 0o755);
    setDir(h, `${runc}/${id}`, 0o711);
    setDir(h, `${cri}/${sandboxes.has(id) ? 'sandboxes' : 'containers'}/${id}`, 0o711);
    if (sandboxes.has(id) && !fs.exists(`/run/containerd/s/${hex64(id)}`)) fs.write(`/run/containerd/s/${hex64(id)}`, '', false, SOCK);
  }
  const socks = fs.list('/run/containerd/s');
  const keep = new Set([...sandboxes].map(hex64));
  if (typeof socks !== 'string') for (const e of socks) if (!keep.has(e.name)) fs.remove(`/run/containerd/s/${e.name}`);
  void fresh;
}

const seen = new WeakMap<Host, string>();

function hex64(s: string): string {
  let o = '';
  for (let i = 0; o.length < 64; i++) o += fnv32a('sock' + s + '#' + i).toString(16).padStart(8, '0');
  return o.slice(0, 64);
}

// ---- the kubelet's journal -------------------------------------------------------------------------------

function journalStamp(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** one klog text line as the journal shows it: `E1206 12:00:05.123456    1234 file.go:12] "msg" k="v"` */
export function klogLine(h: Host, pid: number, level: 'I' | 'W' | 'E', ms: number, at: string, msg: string): string {
  const d = new Date(ms);
  const micros = String((ms % 1000) * 1000 + (fnv32a(`${h.id}|${ms}|${at}`) % 1000)).padStart(6, '0');
  return `${journalStamp(ms)} ${hostname(h)} kubelet[${pid}]: ${level}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros} ${String(pid).padStart(7)} ${at}] ${msg}`;
}

/** Appends journal lines to a unit, keeping what the journal already showed for a unit never logged before. */
export function appendJournal(h: Host, u: SystemdUnit, lines: string[]): void {
  if (!lines.length) return;
  const boot = u.log ?? (u.active === 'active' ? [`${journalStamp(u.since)} ${hostname(h)} systemd[1]: Starting ${u.description}...`, `${journalStamp(u.since)} ${hostname(h)} systemd[1]: Started ${u.description}.`] : []);
  u.log = [...boot, ...lines].slice(-JOURNAL_KEEP);
}

const q = (s: string) => JSON.stringify(s);
const dialErr = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /var/run/containerd/containerd.sock: connect: no such file or directory"';
const rfc3339 = (ms: number) => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z');

/** What the kubelet logs from `from` to `to` while its runtime has been down since `downAt`: a status check every 5 s, a PLEG relist every second. */
function runtimeDownLines(h: Host, pid: number, n: NodeSim, downAt: number, from: number, to: number): string[] {
  const out: string[] = [];
  const period = 5000;
  let k = Math.max(0, Math.ceil((from - downAt) / period));
  const last = Math.floor((to - downAt) / period);
  if (last - k > 40) k = last - 40;
  const start = downAt + k * period;
  for (; k <= last; k++) {
    const t = downAt + 700 + k * period;
    if (t <= from || t > to) continue;
    out.push(klogLine(h, pid, 'E', t, KLOG_AT.status, `"Status from runtime service failed" err=${q(dialErr)}`));
    // the kubelet logs the failed call where it returns, a moment after the CRI client logged it
    out.push(klogLine(h, pid, 'E', t + 1, KLOG_AT.sanity, `"Container runtime sanity check failed" err=${q(dialErr)}`));
    const since = t + 1000 - downAt;
    if (since >= RUNTIME_DOWN_AFTER) {
      const errs = ['container runtime is down', ...(since >= PLEG_THRESHOLD ? [`PLEG is not healthy: pleg was last seen active ${goDuration(since)} ago; threshold is 3m0s`] : [])];
      out.push(klogLine(h, pid, 'E', t + 1000, KLOG_AT.skipping, `"Skipping pod synchronization" err=${q(errs.length > 1 ? `[${errs.join(', ')}]` : errs[0])}`));
    }
  }
  // the PLEG relists every second; each relist's ListPodSandbox fails
  for (let t = Math.max(start, downAt) + 300; t <= to; t += 1000) {
    if (t <= from) continue;
    out.push(klogLine(h, pid, 'E', t, KLOG_AT.listSandbox, `"ListPodSandbox with filter from runtime service failed" err=${q(dialErr)} filter="nil"`));
    out.push(klogLine(h, pid, 'E', t + 1, KLOG_AT.plegRelist, `"GenericPLEG: Unable to retrieve pods" err=${q(dialErr)}`));
  }
  // the status update that turned the node NotReady
  if (n.ready === 'False' && n.readySince > from && n.readySince <= to && n.readySince >= downAt) {
    const cond = { type: 'Ready', status: 'False', lastHeartbeatTime: rfc3339(n.readySince), lastTransitionTime: rfc3339(n.readySince), reason: 'KubeletNotReady', message: 'container runtime is down' };
    out.push(klogLine(h, pid, 'I', n.readySince, KLOG_AT.notReady, `"Node became not ready" node=${q(n.name)} condition=${JSON.stringify(cond)}`));
  }
  return byKlogTime(out);
}

/** Journal lines in the order of their klog timestamps (the journal's own stamp has seconds only). */
function byKlogTime(lines: string[]): string[] {
  const key = (l: string) => / [IWE](\d{4} \d\d:\d\d:\d\d\.\d{6}) /.exec(l)?.[1] ?? '';
  return lines.map((l, i) => [l, i] as const).sort((a, b) => key(a[0]).localeCompare(key(b[0])) || a[1] - b[1]).map(([l]) => l);
}

const DURATIONS = ['200ms', '400ms', '800ms', '1.6s', '3.2s', '6.4s'];

/**
 * What a kubelet logs while the API server is down (the control plane restarting under a cgroup-driver
 * mismatch): every 10 s its node status update fails 5 times, and its lease renewal fails 5 times and falls
 * back to ensureLease, which retries with a back-off until the API server answers again.
 */
function apiDownLines(h: Host, pid: number, node: string, endpoint: string, down: number, back: number, from: number, to: number): string[] {
  const out: string[] = [];
  const refused = `dial tcp ${endpoint}: connect: connection refused`;
  const phase = fnv32a(`${h.id}|status`) % 10_000;
  for (let t = down - ((down - phase) % 10_000) + 10_000; t < back; t += 10_000) {
    if (t <= from || t > to) continue;
    for (let i = 0; i < 5; i++) {
      const url = `https://${endpoint}/api/v1/nodes/${node}?${i === 0 ? 'resourceVersion=0&' : ''}timeout=10s`;
      out.push(klogLine(h, pid, 'E', t + i * 2, KLOG_AT.nodeStatusRetry, `"Error updating node status, will retry" err=${q(`error getting node ${q(node)}: Get ${q(url)}: ${refused}`)}`));
    }
    out.push(klogLine(h, pid, 'E', t + 10, KLOG_AT.nodeStatusFailed, `"Unable to update node status" err="update node status exceeds retry count"`));
  }
  const lease = `https://${endpoint}/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}?timeout=10s`;
  const lphase = fnv32a(`${h.id}|lease`) % 10_000;
  const t0 = down - ((down - lphase) % 10_000) + 10_000;
  if (t0 < back) {
    const lines: [number, string, string][] = [];
    for (let i = 0; i < 5; i++) lines.push([t0 + i * 2, KLOG_AT.leaseUpdate, `"Failed to update lease" err=${q(`Put ${q(lease)}: ${refused}`)}`]);
    lines.push([t0 + 10, KLOG_AT.leaseFallback, `"failed to update lease using latest lease, fallback to ensure lease" err="failed 5 attempts to update lease"`]);
    let t = t0 + 11;
    for (let i = 0; t < back; i++) {
      const wait = i < DURATIONS.length ? 200 * 2 ** i : 7000;
      lines.push([t, KLOG_AT.leaseEnsure, `"Failed to ensure lease exists, will retry" err=${q(`Get ${q(lease)}: ${refused}`)} interval=${q(i < DURATIONS.length ? DURATIONS[i] : '7s')}`]);
      t += wait + 2;
    }
    for (const [at, where, msg] of lines) if (at > from && at <= to) out.push(klogLine(h, pid, at === t0 + 10 ? 'I' : 'E', at, where, msg));
  }
  return out;
}

/**
 * What a kubelet logs while the API server's serving certificate has expired (a year after kubeadm init, nobody
 * having renewed): the same node status and lease failures as with the API server down, with client-go's TLS
 * error (Go's crypto/tls "tls: failed to verify certificate: " and x509.CertificateInvalidError's "x509: certificate
 * has expired or is not yet valid: current time … is after …", both RFC 3339). Only the last five minutes of a long
 * window are written (the journal keeps its last lines).
 */
function certExpiredLines(h: Host, pid: number, node: string, endpoint: string, expired: number, from: number, to: number): string[] {
  const out: string[] = [];
  const rfc = (ms: number) => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z');
  const tls = (t: number) => `tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time ${rfc(t)} is after ${rfc(expired)}`;
  const lo = Math.max(from, expired, to - 5 * 60_000);
  const phase = fnv32a(`${h.id}|status`) % 10_000;
  for (let t = lo - ((lo - phase) % 10_000) + 10_000; t <= to; t += 10_000) {
    if (t <= lo) continue;
    for (let i = 0; i < 5; i++) {
      const url = `https://${endpoint}/api/v1/nodes/${node}?${i === 0 ? 'resourceVersion=0&' : ''}timeout=10s`;
      out.push(klogLine(h, pid, 'E', t + i * 2, KLOG_AT.nodeStatusRetry, `"Error updating node status, will retry" err=${q(`error getting node ${q(node)}: Get ${q(url)}: ${tls(t + i * 2)}`)}`));
    }
    out.push(klogLine(h, pid, 'E', t + 10, KLOG_AT.nodeStatusFailed, `"Unable to update node status" err="update node status exceeds retry count"`));
  }
  // the lease: five failed updates after the expiry, the fallback, then ensureLease's back-off (200ms doubling to 7s)
  const lease = `https://${endpoint}/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}?timeout=10s`;
  const lphase = fnv32a(`${h.id}|lease`) % 10_000;
  const t0 = expired - ((expired - lphase) % 10_000) + 10_000;
  const at: [number, 'I' | 'E', string, string][] = [];
  for (let i = 0; i < 5; i++) at.push([t0 + i * 2, 'E', KLOG_AT.leaseUpdate, `"Failed to update lease" err=${q(`Put ${q(lease)}: ${tls(t0 + i * 2)}`)}`]);
  at.push([t0 + 10, 'I', KLOG_AT.leaseFallback, `"failed to update lease using latest lease, fallback to ensure lease" err="failed 5 attempts to update lease"`]);
  let t = t0 + 11;
  for (let i = 0; i < DURATIONS.length; i++) {
    at.push([t, 'E', KLOG_AT.leaseEnsure, ensureMsg(lease, tls(t), DURATIONS[i])]);
    t += 200 * 2 ** i + 2;
  }
  // from here every 7 s: jump to the window
  if (t < lo) t += Math.ceil((lo - t) / 7002) * 7002;
  for (; t <= to; t += 7002) at.push([t, 'E', KLOG_AT.leaseEnsure, ensureMsg(lease, tls(t), '7s')]);
  for (const [ms, level, where, msg] of at) if (ms > lo && ms <= to) out.push(klogLine(h, pid, level, ms, where, msg));
  return out;
}
const ensureMsg = (lease: string, err: string, interval: string) => `"Failed to ensure lease exists, will retry" err=${q(`Get ${q(lease)}: ${err}`)} interval=${q(interval)}`;

/** an EnvironmentFile's VAR="value" (or VAR=value) */
function envVar(h: Host, path: string, name: string): string {
  const text = h.fs.read(path);
  if (typeof text !== 'string' || text === 'EISDIR' || text === 'EACCES') return '';
  const m = new RegExp(`^${name}=(?:"([^"]*)"|(\\S*))`, 'm').exec(text);
  return m ? (m[1] ?? m[2] ?? '') : '';
}

/**
 * pflag's "Flag --… has been deprecated, …" lines as the kubelet starts with the drop-in's arguments
 * (10-kubeadm.conf: $KUBELET_KUBEADM_ARGS from kubeadm-flags.env, $KUBELET_EXTRA_ARGS from /etc/sysconfig/kubelet).
 */
function flagWarnings(h: Host, pid: number, at: number): string[] {
  const words = ['--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf', '--kubeconfig=/etc/kubernetes/kubelet.conf', '--config=/var/lib/kubelet/config.yaml', ...envVar(h, '/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS').split(/\s+/), ...envVar(h, '/etc/sysconfig/kubelet', 'KUBELET_EXTRA_ARGS').split(/\s+/)].filter(Boolean);
  const warn = parseKubeletArgs(words).warnings;
  return warn ? warn.trimEnd().split('\n').map((l) => `${journalStamp(at)} ${hostname(h)} kubelet[${pid}]: ${l}`) : [];
}

/** Brings the kubelet's journal on a node up to the world's time. */
export function kubeletJournal(world: World, st: K8sState, h: Host): void {
  const u = h.sys?.units.get('kubelet.service');
  const n = st.cluster.nodes.get(hostname(h));
  if (!u || !n || st.hostOf.get(n.name) !== h.id || u.active !== 'active' || !h.up) return;
  const pid = u.pid || 4312;
  const now = world.now;
  const lines: string[] = [];
  // registration: once per kubelet start that finds its Node (the first start registers it)
  const from = n.journalAt ?? u.since;
  const node = st.cluster.nodeObj(n.name);
  // a journal brought up to date after this start already has its lines (a restart in the same millisecond as the
  // last update is still a new start: the start itself is what is remembered)
  if (n.journalStart === undefined && n.journalAt !== undefined && n.journalAt >= u.since) n.journalStart = n.journalRegistered = u.since;
  if (n.journalStart !== u.since) lines.push(...flagWarnings(h, pid, u.since + 150));
  n.journalStart = u.since;
  if (node && n.journalRegistered !== u.since) {
    const at = Math.max(u.since + 1200, node.metadata.creationTimestamp as number);
    if (at <= now) {
      lines.push(klogLine(h, pid, 'I', at, KLOG_AT.register, `"Attempting to register node" node=${q(n.name)}`));
      // tryRegisterWithAPIServer: the Node exists already (a restart), the create answers AlreadyExists
      if ((node.metadata.creationTimestamp as number) < u.since) lines.push(klogLine(h, pid, 'I', at + 20, KLOG_AT.previously, `"Node was previously registered" node=${q(n.name)}`));
      lines.push(klogLine(h, pid, 'I', at + 40, KLOG_AT.registered, `"Successfully registered node" node=${q(n.name)}`));
      n.journalRegistered = u.since;
    }
  }
  if (!n.runtime && n.runtimeDownAt !== undefined) lines.push(...runtimeDownLines(h, pid, n, n.runtimeDownAt, Math.max(from, u.since), now));
  const c = st.cluster;
  if (c.endpoint) for (const [down, back] of c.outages ?? []) if (back > from && down < now) lines.push(...apiDownLines(h, pid, n.name, c.endpoint, down, back, Math.max(from, u.since), now));
  // the API server's serving certificate has expired (kubeadm/certs.ts keeps its date)
  const cpName = [...st.hostOf.keys()].find((x) => c.nodes.get(x)?.controlPlane);
  const cp = cpName ? world.hosts.get(st.hostOf.get(cpName)!) : undefined;
  const expired = cp ? certExpiry(world, cp, 'apiserver') : null;
  if (c.endpoint && c.apiserverUp && expired !== null && expired < now) lines.push(...certExpiredLines(h, pid, n.name, c.endpoint, expired, Math.max(from, u.since), now));
  n.journalAt = now;
  appendJournal(h, u, byKlogTime(lines));
}
