// The OCI runtime spec containerd 1.7's CRI plugin writes for a container and for a pod's sandbox (pkg/cri/server
// container_create_linux.go, sandbox_run_linux.go over oci.populateDefaultUnixSpec): runtime-spec 1.1.0, the default
// mounts and capabilities, the kubelet's cgroup parent with containerd's `cri-containerd` scope under systemd, the
// pod's namespaces joined through the sandbox's pid. The field order is that of runtime-spec's Go structs.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import { parseImage } from '../images';
import { containerEnv } from '../container';
import { hostname, systemdCgroup } from '../host';
import { fnv32a } from '../rand';
import type { Obj } from '../objects';
import type { Ctr, Sandbox } from './store';

export const MASKED = ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'];
export const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/**
 * a process id for a container or sandbox: the one its shim wrote to the task's init.pid (the pid ps and /proc show
 * for the kubelet's containers), else one fixed for its id (containers made with crictl run / create)
 */
export function pidOf(id: string, h?: Host): number {
  const text = h?.fs.read(`/run/containerd/io.containerd.runtime.v2.task/k8s.io/${id}/init.pid`);
  if (typeof text === 'string' && /^\d+$/.test(text.trim())) return Number(text.trim());
  return 1000 + (fnv32a(id + '#pid') % 60000);
}

export function sandboxImage(st: K8sState, h: Host): string {
  return [...(st.cluster.nodes.get(hostname(h))?.images ?? [])].find((i) => i.includes('/pause:')) ?? 'registry.k8s.io/pause:3.9';
}

/** the pod's cgroup: kubepods[-qos]-pod<uid>.slice under systemd, /kubepods/[qos/]pod<uid> under cgroupfs */
export function cgroupParent(pod: Obj, h: Host): string {
  const qos = String(pod.status?.qosClass ?? 'BestEffort').toLowerCase();
  const uid = pod.metadata.uid;
  if (systemdCgroup(h)) return qos === 'guaranteed' ? `kubepods-pod${uid.replace(/-/g, '_')}.slice` : `kubepods-${qos}-pod${uid.replace(/-/g, '_')}.slice`;
  return qos === 'guaranteed' ? `/kubepods/pod${uid}` : `/kubepods/${qos}/pod${uid}`;
}

const CAPS = ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID', 'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE'];

const BASE_MOUNTS = [
  { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
  { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
  { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
  { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
  { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
];

function cgroupsPath(h: Host, parent: string, id: string): string {
  return systemdCgroup(h) ? `${parent}:cri-containerd:${id}` : `${parent}/${id}`;
}

const namespaces = (sbPid: number, hostNet: boolean, own: boolean) => [
  { type: 'pid' },
  own ? { type: 'ipc' } : { type: 'ipc', path: `/proc/${sbPid}/ns/ipc` },
  own ? { type: 'uts' } : { type: 'uts', path: `/proc/${sbPid}/ns/uts` },
  { type: 'mount' },
  ...(hostNet ? [] : [own ? { type: 'network', path: `/var/run/netns/cni-${sbPid}` } : { type: 'network', path: `/proc/${sbPid}/ns/net` }]),
];

export function runtimeSpec(st: K8sState, h: Host, c: Ctr, res: Record<string, any>, mounts: { containerPath: string; hostPath: string; readonly: boolean }[]): Record<string, any> {
  const pod = c.pod;
  const sbPid = pidOf(c.sandbox, h);
  const env = (() => {
    try {
      return containerEnv(st.cluster, pod, c.spec);
    } catch {
      return ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
    }
  })();
  const args = [...(c.spec.command ?? []), ...(c.spec.args ?? [])];
  return {
    ociVersion: '1.1.0',
    process: {
      user: { uid: 0, gid: 0, additionalGids: [0] },
      args: args.length ? args : [defaultCmd(c.image)],
      env,
      cwd: c.spec.workingDir ?? '/',
      capabilities: { bounding: CAPS, effective: CAPS, permitted: CAPS },
      oomScoreAdj: res.oomScoreAdj,
    },
    root: { path: 'rootfs' },
    mounts: [
      ...BASE_MOUNTS,
      ...mounts.map((m) => ({ destination: m.containerPath, type: 'bind', source: m.hostPath, options: ['rbind', 'rprivate', m.readonly ? 'ro' : 'rw'] })),
      { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['nosuid', 'noexec', 'nodev', 'relatime', 'ro'] },
    ],
    annotations: {
      'io.kubernetes.cri.container-name': c.name,
      'io.kubernetes.cri.container-type': 'container',
      'io.kubernetes.cri.image-name': parseImage(c.image).full,
      'io.kubernetes.cri.sandbox-id': c.sandbox,
      'io.kubernetes.cri.sandbox-name': pod.metadata.name,
      'io.kubernetes.cri.sandbox-namespace': pod.metadata.namespace ?? 'default',
      'io.kubernetes.cri.sandbox-uid': pod.metadata.uid,
    },
    linux: {
      resources: {
        devices: [{ allow: false, access: 'rwm' }],
        memory: res.memoryLimitInBytes ? { limit: res.memoryLimitInBytes, swap: res.memoryLimitInBytes } : {},
        cpu: { shares: res.cpuShares, ...(res.cpuQuota ? { quota: res.cpuQuota } : {}), period: res.cpuPeriod },
      },
      cgroupsPath: cgroupsPath(h, cgroupParent(pod, h), c.id),
      namespaces: namespaces(sbPid, !!pod.spec.hostNetwork, false),
      maskedPaths: MASKED,
      readonlyPaths: READONLY,
    },
  };
}

/** the image's own command where the pod gives none */
function defaultCmd(image: string): string {
  const repo = parseImage(image).repo;
  if (/\/nginx$/.test(repo)) return '/docker-entrypoint.sh';
  if (/\/httpd$/.test(repo)) return 'httpd-foreground';
  if (/\/redis$/.test(repo)) return 'docker-entrypoint.sh';
  return 'sh';
}

export function sandboxSpec(st: K8sState, h: Host, sb: Sandbox): Record<string, any> {
  const pod = sb.pod;
  return {
    ociVersion: '1.1.0',
    process: {
      user: { uid: 65535, gid: 65535, additionalGids: [65535] },
      args: ['/pause'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      cwd: '/',
      capabilities: { bounding: CAPS, effective: CAPS, permitted: CAPS },
      noNewPrivileges: true,
      oomScoreAdj: -998,
    },
    root: { path: 'rootfs', readonly: true },
    hostname: pod.spec.hostNetwork ? undefined : pod.metadata.name,
    mounts: [...BASE_MOUNTS, { destination: '/dev/shm', type: 'bind', source: `/run/containerd/io.containerd.grpc.v1.cri/sandboxes/${sb.id}/shm`, options: ['rbind', 'ro', 'nosuid', 'nodev', 'noexec'] }, { destination: '/etc/resolv.conf', type: 'bind', source: `/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/${sb.id}/resolv.conf`, options: ['rbind', 'ro', 'nosuid', 'nodev', 'noexec'] }],
    annotations: {
      'io.kubernetes.cri.container-type': 'sandbox',
      'io.kubernetes.cri.sandbox-id': sb.id,
      'io.kubernetes.cri.sandbox-log-directory': `/var/log/pods/${pod.metadata.namespace}_${pod.metadata.name}_${pod.metadata.uid}`,
      'io.kubernetes.cri.sandbox-name': pod.metadata.name,
      'io.kubernetes.cri.sandbox-namespace': pod.metadata.namespace ?? 'default',
      'io.kubernetes.cri.sandbox-uid': pod.metadata.uid,
      'io.kubernetes.cri.image-name': sandboxImage(st, h),
    },
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }], cpu: { shares: 2 } },
      cgroupsPath: cgroupsPath(h, cgroupParent(pod, h), sb.id),
      namespaces: namespaces(pidOf(sb.id, h), !!pod.spec.hostNetwork, true),
      maskedPaths: MASKED,
      readonlyPaths: READONLY,
    },
  };
}
