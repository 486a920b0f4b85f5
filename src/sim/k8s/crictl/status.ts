// The CRI status objects crictl v1.28.0 prints for inspect, inspectp and inspecti, as containerd 1.7's CRI plugin
// fills them (pkg/cri/server container_status.go, sandbox_status.go, image_status.go): the status as jsonpb writes it
// (every field, int64 as a string) then re-marshalled by crictl's marshalMapInOrder (top-level fields in the proto's
// order, nested objects with sorted keys, the times as RFC 3339), and containerd's verbose `info` (ContainerInfo,
// SandboxInfo, verboseImageInfo: encoding/json in the structs' order; the CRI config with the gogo json tags, empty
// fields left out). The kubelet's labels and annotations are those of kubelet 1.28 (kuberuntime/labels.go).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import type { Obj } from '../objects';
import { parseImage, pullable } from '../images';
import { imageId } from '../runtime';
import { cpuMilli, memKi } from '../quantity';
import { hostname, systemdCgroup } from '../host';
import { fnv32a } from '../rand';
import { rfc3339Nano, subMs, type Ctr, type Sandbox } from './store';
import { executeTemplate } from './template';
import { isMadePod } from './made';
import { goValue } from './config-file';
import { runtimeSpec, sandboxSpec, cgroupParent, MASKED, READONLY, pidOf, sandboxImage } from './oci';
export { pidOf } from './oci';

const hexOf = (s: string, n: number) => {
  let o = '';
  for (let i = 0; o.length < n; i++) o += fnv32a(s + '#' + i).toString(16).padStart(8, '0');
  return o.slice(0, n);
};
export const digestOf = (ref: string) => 'sha256:' + hexOf('digest' + parseImage(ref).full, 64);
export const repoDigest = (ref: string) => `${parseImage(ref).repo}@${digestOf(ref)}`;

/** the kubelet's resources for a container (kuberuntime_container_linux.go): shares, quota, limit, oom score */
export function linuxResources(st: K8sState, pod: Obj, spec: any, h: Host): Record<string, any> {
  const req = spec.resources?.requests ?? {};
  const lim = spec.resources?.limits ?? {};
  const cpuReq = cpuMilli(req.cpu ?? lim.cpu);
  const shares = Math.max(2, Math.floor((cpuReq * 1024) / 1000));
  const quota = lim.cpu ? cpuMilli(lim.cpu) * 100 : 0;
  const memLimit = lim.memory ? memKi(lim.memory) * 1024 : 0;
  const qos = pod.status?.qosClass ?? 'BestEffort';
  let oom = 1000;
  if ((pod.spec.priority ?? 0) >= 2000000000 || qos === 'Guaranteed') oom = -997;
  else if (qos === 'Burstable') {
    const cap = (st.cluster.nodes.get(hostname(h))?.memKi ?? 3735748) * 1024;
    const memReq = memKi(req.memory ?? lim.memory) * 1024;
    oom = Math.min(999, Math.max(3, 1000 - Math.floor((1000 * memReq) / cap)));
  }
  return { cpuPeriod: 100000, cpuQuota: quota, cpuShares: shares, memoryLimitInBytes: memLimit, oomScoreAdj: oom, cpusetCpus: '', cpusetMems: '', hugepageLimits: [], unified: {}, memorySwapLimitInBytes: 0 };
}

/** jsonpb writes int64 as strings */
const int64s = (r: Record<string, any>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));

/** kubelet's container labels */
export function ctrLabels(c: Ctr): Record<string, string> {
  if (c.made) return { ...(c.made.config.labels ?? {}) };
  const p = c.pod.metadata;
  return { 'io.kubernetes.container.name': c.name, 'io.kubernetes.pod.name': p.name, 'io.kubernetes.pod.namespace': p.namespace ?? 'default', 'io.kubernetes.pod.uid': p.uid };
}

/** kubelet's container annotations */
export function ctrAnnotations(c: Ctr): Record<string, string> {
  if (c.made) return { ...(c.made.config.annotations ?? {}) };
  const a: Record<string, string> = { 'io.kubernetes.container.hash': hexOf('hash' + c.pod.metadata.uid + c.name, 8) };
  const ports = (c.spec.ports ?? []).map((p: any) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' }));
  if (ports.length) a['io.kubernetes.container.ports'] = JSON.stringify(ports);
  a['io.kubernetes.container.restartCount'] = String(c.attempt);
  a['io.kubernetes.container.terminationMessagePath'] = c.spec.terminationMessagePath ?? '/dev/termination-log';
  a['io.kubernetes.container.terminationMessagePolicy'] = c.spec.terminationMessagePolicy ?? 'File';
  a['io.kubernetes.pod.terminationGracePeriod'] = String(c.pod.spec.terminationGracePeriodSeconds ?? 30);
  return a;
}

/** the kubelet's mounts of a container: its volume mounts, the service account token, /etc/hosts, the termination log */
export function ctrMounts(c: Ctr): { containerPath: string; hostPath: string; readonly: boolean }[] {
  if (c.made) return (c.made.config.mounts ?? []).map((m: any) => ({ containerPath: m.container_path ?? '', hostPath: m.host_path ?? '', readonly: !!m.readonly }));
  const uid = c.pod.metadata.uid;
  const vols: any[] = c.pod.spec.volumes ?? [];
  const out: { containerPath: string; hostPath: string; readonly: boolean }[] = [];
  for (const m of c.spec.volumeMounts ?? []) {
    const v = vols.find((x) => x.name === m.name) ?? {};
    const plugin = v.hostPath ? null : v.configMap ? 'kubernetes.io~configmap' : v.secret ? 'kubernetes.io~secret' : v.projected ? 'kubernetes.io~projected' : v.persistentVolumeClaim ? 'kubernetes.io~local-volume' : 'kubernetes.io~empty-dir';
    out.push({ containerPath: m.mountPath, hostPath: v.hostPath ? v.hostPath.path : `/var/lib/kubelet/pods/${uid}/volumes/${plugin}/${m.name}`, readonly: !!m.readOnly || !!v.configMap || !!v.secret || !!v.projected });
  }
  if (!c.pod.spec.hostNetwork || true) out.push({ containerPath: '/etc/hosts', hostPath: `/var/lib/kubelet/pods/${uid}/etc-hosts`, readonly: false });
  out.push({ containerPath: c.spec.terminationMessagePath ?? '/dev/termination-log', hostPath: `/var/lib/kubelet/pods/${uid}/containers/${c.name}/${hexOf('tl' + c.id, 8)}`, readonly: false });
  return out;
}

/** containerd: the sandbox's log_directory joined with the container's log_path when both are set */
const madeLogPath = (m: NonNullable<Ctr['made']>) => {
  const dir = m.sandboxConfig?.log_directory ?? '';
  const file = m.config.log_path ?? '';
  return dir && file ? `${dir.replace(/\/+$/, '')}/${file.replace(/^\/+/, '')}` : '';
};

/** copyResourcesToStatus over the spec containerd makes from the config's linux.resources */
function madeResources(config: any): Record<string, any> {
  const r = config.linux?.resources ?? {};
  const limit = r.memory_limit_in_bytes ?? 0;
  return { cpuPeriod: r.cpu_period ?? 0, cpuQuota: r.cpu_quota ?? 0, cpuShares: r.cpu_shares ?? 0, memoryLimitInBytes: limit, oomScoreAdj: r.oom_score_adj ?? 0, cpusetCpus: r.cpuset_cpus ?? '', cpusetMems: r.cpuset_mems ?? '', hugepageLimits: (r.hugepage_limits ?? []).map((x: any) => ({ pageSize: x.page_size ?? '', limit: String(x.limit ?? 0) })), unified: r.unified ?? {}, memorySwapLimitInBytes: r.memory_swap_limit_in_bytes || limit };
}

const podLogDir = (pod: Obj) => `/var/log/pods/${pod.metadata.namespace}_${pod.metadata.name}_${pod.metadata.uid}`;

/** ContainerStatus and its verbose info */
export function containerStatus(st: K8sState, h: Host, c: Ctr, verbose: boolean): { status: Record<string, any>; statusText: string; info?: Record<string, any> } {
  const mounts = ctrMounts(c);
  const status = {
    id: c.id,
    metadata: { attempt: c.attempt, name: c.name },
    state: c.state,
    createdAt: rfc3339Nano(c.createdAt, subMs(c.id + 'c')),
    startedAt: c.state === 'CONTAINER_CREATED' ? rfc3339Nano(0) : rfc3339Nano(c.startedAt, subMs(c.id + 's')),
    finishedAt: c.state === 'CONTAINER_EXITED' ? rfc3339Nano(c.finishedAt, subMs(c.id + 'f')) : rfc3339Nano(0),
    exitCode: c.exitCode,
    image: { annotations: {}, image: parseImage(c.image).full, userSpecifiedImage: '' },
    imageRef: repoDigest(c.image),
    reason: c.reason,
    message: '',
    labels: sortKeys(ctrLabels(c)),
    annotations: sortKeys(ctrAnnotations(c)),
    mounts: mounts.map((m) => ({ containerPath: m.containerPath, gidMappings: [], hostPath: m.hostPath, propagation: 'PROPAGATION_PRIVATE', readonly: m.readonly, selinuxRelabel: false, uidMappings: [] })),
    logPath: c.made ? madeLogPath(c.made) : `${podLogDir(c.pod)}/${c.name}/${c.attempt}.log`,
    resources: { linux: sortKeys(int64s(c.made ? madeResources(c.made.config) : linuxResources(st, c.pod, c.spec, h))), windows: null },
  };
  if (!verbose) return { status, statusText: goJson(status) };
  const res = c.made ? madeResources(c.made.config) : linuxResources(st, c.pod, c.spec, h);
  const config: Record<string, any> = {
    metadata: { name: c.name, ...(c.attempt ? { attempt: c.attempt } : {}) },
    image: { image: 'sha256:' + imageId(c.image) },
    ...(c.spec.command?.length ? { command: c.spec.command } : {}),
    ...(c.spec.args?.length ? { args: c.spec.args } : {}),
    ...(c.spec.workingDir ? { working_dir: c.spec.workingDir } : {}),
    ...((c.spec.env ?? []).length ? { envs: c.spec.env.filter((e: any) => e.value !== undefined).map((e: any) => ({ key: e.name, value: e.value })) } : {}),
    mounts: mounts.map((m) => ({ container_path: m.containerPath, host_path: m.hostPath, ...(m.readonly ? { readonly: true } : {}) })),
    labels: ctrLabels(c),
    annotations: ctrAnnotations(c),
    log_path: `${c.name}/${c.attempt}.log`,
    linux: {
      resources: { cpu_period: res.cpuPeriod, ...(res.cpuQuota ? { cpu_quota: res.cpuQuota } : {}), cpu_shares: res.cpuShares, ...(res.memoryLimitInBytes ? { memory_limit_in_bytes: res.memoryLimitInBytes } : {}), oom_score_adj: res.oomScoreAdj, hugepage_limits: [{ page_size: '2MB' }, { page_size: '1GB' }] },
      security_context: { namespace_options: { pid: 1 }, run_as_user: {}, seccomp: { profile_type: 1 }, masked_paths: MASKED, readonly_paths: READONLY },
    },
  };
  if (!config.envs) delete config.envs;
  const info = {
    sandboxID: c.sandbox,
    pid: c.state === 'CONTAINER_RUNNING' ? pidOf(c.id, h) : 0,
    removing: false,
    snapshotKey: c.id,
    snapshotter: 'overlayfs',
    runtimeType: 'io.containerd.runc.v2',
    runtimeOptions: systemdCgroup(h) ? { systemd_cgroup: true } : {},
    config: c.made ? goValue({ ...c.made.config, image: { ...(c.made.config.image ?? {}), user_specified_image: c.made.config.image?.user_specified_image || (c.made.config.image?.image ?? '') } }, 'ContainerConfig') : config,
    runtimeSpec: runtimeSpec(st, h, c, res, mounts),
  };
  return { status, statusText: goJson(status), info };
}



function sortKeys<T extends Record<string, any>>(o: T): T {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])) as T;
}

/** kubelet's sandbox labels and annotations */
export function sandboxLabels(pod: Obj): Record<string, string> {
  const m = pod.metadata;
  if (isMadePod(pod)) return { ...(m.labels ?? {}) };
  return { ...(m.labels ?? {}), 'io.kubernetes.pod.name': m.name, 'io.kubernetes.pod.namespace': m.namespace ?? 'default', 'io.kubernetes.pod.uid': m.uid };
}
export function sandboxAnnotations(pod: Obj): Record<string, string> {
  const a = { ...(pod.metadata.annotations ?? {}) };
  if (isMadePod(pod)) return a;
  if (!a['kubernetes.io/config.source']) {
    a['kubernetes.io/config.seen'] = new Date(pod.metadata.creationTimestamp ?? 0).toISOString().replace(/\.(\d{3})Z$/, '.$1' + String(fnv32a(pod.metadata.uid) % 1_000_000).padStart(6, '0') + 'Z');
    a['kubernetes.io/config.source'] = 'api';
  }
  return a;
}

/** PodSandboxStatus and its verbose info */
export function sandboxStatus(st: K8sState, h: Host, sb: Sandbox, verbose: boolean): { statusText: string; status: Record<string, any>; info?: Record<string, any> } {
  const pod = sb.pod;
  const host = !!pod.spec.hostNetwork;
  const made = sb.made;
  const mode = (n: number | undefined) => ['POD', 'CONTAINER', 'NODE', 'TARGET'][n ?? 0] ?? String(n);
  const nso = made?.config.linux?.security_context?.namespace_options ?? {};
  const status = {
    id: sb.id,
    metadata: { attempt: sb.attempt, name: pod.metadata.name, namespace: pod.metadata.namespace ?? 'default', uid: pod.metadata.uid },
    state: sb.ready ? 'SANDBOX_READY' : 'SANDBOX_NOTREADY',
    createdAt: rfc3339Nano(sb.createdAt, subMs(sb.id)),
    network: { additionalIps: [], ip: host || (made && !made.ready) ? '' : pod.status?.podIP ?? '' },
    linux: { namespaces: { options: made ? { ipc: mode(nso.ipc), network: mode(nso.network), pid: mode(nso.pid), targetId: nso.target_id ?? '', usernsOptions: nso.userns_options ?? null } : { ipc: 'POD', network: host ? 'NODE' : 'POD', pid: 'CONTAINER', targetId: '', usernsOptions: null } } },
    labels: sortKeys(sandboxLabels(pod)),
    annotations: sortKeys(sandboxAnnotations(pod)),
    runtimeHandler: made?.runtime ?? '',
  };
  if (!verbose) return { status, statusText: goJson(status) };
  const info = {
    pid: pidOf(sb.id, h),
    processStatus: sb.ready ? 'running' : 'stopped',
    netNamespaceClosed: !sb.ready,
    image: sandboxImage(st, h),
    snapshotKey: sb.id,
    snapshotter: 'overlayfs',
    runtimeHandler: made?.runtime ?? '',
    runtimeType: 'io.containerd.runc.v2',
    runtimeOptions: systemdCgroup(h) ? { systemd_cgroup: true } : {},
    config: made ? goValue(made.config, 'PodSandboxConfig') : {
      metadata: { name: pod.metadata.name, uid: pod.metadata.uid, namespace: pod.metadata.namespace ?? 'default', ...(sb.attempt ? { attempt: sb.attempt } : {}) },
      ...(host ? {} : { hostname: pod.metadata.name }),
      log_directory: podLogDir(pod),
      dns_config: host ? { servers: ['10.0.2.3'] } : { servers: ['10.96.0.10'], searches: [`${pod.metadata.namespace}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'], options: ['ndots:5'] },
      ...((pod.spec.containers ?? []).some((c: any) => c.ports?.length) ? { port_mappings: (pod.spec.containers ?? []).flatMap((c: any) => (c.ports ?? []).map((p: any) => ({ container_port: p.containerPort }))) } : {}),
      labels: sandboxLabels(pod),
      annotations: sandboxAnnotations(pod),
      linux: { cgroup_parent: cgroupParent(pod, h), security_context: { namespace_options: { ...(host ? { network: 2 } : {}), pid: 1 }, seccomp: {}, apparmor: {} } },
    },
    runtimeSpec: sandboxSpec(st, h, sb),
    cniResult: host || !pod.status?.podIP || (made && !made.ready) ? null : cniResult(pod),
  };
  return { status, statusText: goJson(status), info };
}



function cniResult(pod: Obj): Record<string, any> {
  const ip = pod.status.podIP;
  const gw = ip.replace(/\.\d+$/, '.1');
  const mac = (s: string) => hexOf(s, 12).replace(/(..)(?!$)/g, '$1:');
  return {
    Interfaces: {
      cni0: { IPConfigs: null, Mac: mac('cni0' + pod.spec.nodeName), Sandbox: '' },
      eth0: { IPConfigs: [{ IP: ip, Gateway: gw }], Mac: mac('eth0' + pod.metadata.uid), Sandbox: `/var/run/netns/cni-${hexOf('ns' + pod.metadata.uid, 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}` },
      lo: { IPConfigs: [{ IP: '127.0.0.1', Gateway: '' }, { IP: '::1', Gateway: '' }], Mac: '00:00:00:00:00:00', Sandbox: `/var/run/netns/cni-${hexOf('ns' + pod.metadata.uid, 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}` },
      [`veth${hexOf('veth' + pod.metadata.uid, 8)}`]: { IPConfigs: null, Mac: mac('veth' + pod.metadata.uid), Sandbox: '' },
    },
    DNS: [{}, {}],
    Routes: [{ dst: '10.244.0.0/16', gw }, { dst: '0.0.0.0/0', gw }],
  };
}

/** ImageStatus (jsonpb: size as a string, uid as Int64Value) and the verbose image info */
export function imageStatus(ref: string, pinned: boolean, verbose: boolean): { statusText: string; status: Record<string, any>; info?: Record<string, any> } {
  const pr = pullable(ref);
  const size = pr.ok ? pr.size : 0;
  const root = !/metrics-server|coredns|kube-(apiserver|controller|scheduler)/.test(ref);
  const status = { id: 'sha256:' + imageId(ref), repoTags: [parseImage(ref).full], repoDigests: [repoDigest(ref)], size: String(size), uid: root ? { value: '0' } : null, username: root ? '' : '', spec: null, pinned };
  if (!verbose) return { status, statusText: goJson(status) };
  const layer = (i: number) => 'sha256:' + hexOf(`layer${i}` + parseImage(ref).full, 64);
  const layers = 1 + (fnv32a(ref) % 6);
  const info = {
    chainID: 'sha256:' + hexOf('chain' + parseImage(ref).full, 64),
    imageSpec: {
      created: new Date(1700000000000 + (fnv32a(ref) % 30000000) * 1000).toISOString().replace('.000Z', '.' + String(fnv32a(ref + 'ns') % 1e9).padStart(9, '0').replace(/0+$/, '') + 'Z'),
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ...(root ? {} : { User: '65532:65532' }), WorkingDir: '/' },
      rootfs: { type: 'layers', diff_ids: Array.from({ length: layers }, (_, i) => layer(i)) },
    },
  };
  return { status, statusText: goJson(status), info };
}

/** encoding/json + json.Indent: two-space indent, `<`, `>` and `&` escaped in strings */
export function goJson(v: unknown): string {
  return JSON.stringify(v, null, 2).replace(/[<>&]/g, (c) => (c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026'));
}

/**
 * crictl's outputStatusInfo: `{"status": ..., <each key of the runtime's info map, sorted>: ...}` as json, yaml or a
 * go-template, as fmt.Println prints it (inspect's map has the one key `info`).
 */
export function outputStatusInfo(status: Record<string, any>, infoMap: Record<string, any> | undefined, format: string, toYaml: (v: any) => string, tmpl = ''): { text: string } | { error: string } {
  const all: Record<string, any> = { status };
  for (const k of Object.keys(infoMap ?? {}).sort()) all[k] = infoMap![k];
  if (format === 'yaml') return { text: toYaml(all) + '\n\n' };
  if (format === 'json') return { text: goJson(all) + '\n' };
  if (format === 'go-template') {
    const r = executeTemplate(tmpl, JSON.parse(JSON.stringify(all)));
    return 'error' in r ? r : { text: r.out + '\n' };
  }
  return { text: `Don't support "${format}" format\n` };
}
