/**
 * The control plane's static Pods as kubeadm builds them (kubernetes v1.28, read at 1.28.7):
 *   cmd/kubeadm/app/phases/controlplane/manifests.go   GetStaticPodSpecs, getAPIServerCommand, getControllerManagerCommand,
 *                                                      getSchedulerCommand, getAuthzModes
 *   cmd/kubeadm/app/phases/controlplane/volumes.go     getHostPathVolumesForTheControlPlane (ca-certs, k8s-certs,
 *                                                      kubeconfig, flexvolume-dir and the CA folders the host has)
 *   cmd/kubeadm/app/phases/etcd/local.go               GetEtcdPodSpec, getEtcdCommand
 *   cmd/kubeadm/app/util/staticpod/utils.go            ComponentPod, ComponentResources, the probes, the volume sorting
 *   cmd/kubeadm/app/util/arguments.go                  BuildArgumentListFromMap (flags sorted by name)
 *   cmd/kubeadm/app/util/marshal.go                    MarshalToYaml: the v1 codec's JSON through sigs.k8s.io/yaml,
 *                                                      keys sorted, empty fields left out, `creationTimestamp: null`
 *                                                      and `status: {}` kept
 * No proxy variables are set on the lab's nodes, so no container gets an env list (MergeKubeadmEnvVars).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { toYaml } from '../format';
import type { Host } from '../../types';

export const CONTROL_PLANE = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;
export type Component = (typeof CONTROL_PLANE)[number];

export interface StaticPodConfig {
  /** the node's name (etcd's --name and --initial-cluster) */
  node: string;
  /** the API server's advertise address (LocalAPIEndpoint.AdvertiseAddress) */
  ip: string;
  /** kubernetesVersion, with its v */
  version: string;
  /** etcd's image tag */
  etcdTag: string;
  podCidr?: string;
  serviceCidr?: string;
  /** which of volumes.go's caCertsExtraVolumePaths exist on the host (Rocky Linux 9 has /etc/pki only) */
  caExtraPaths?: string[];
}

const PKI = '/etc/kubernetes/pki';
const CA_EXTRA = ['/etc/pki', '/usr/share/ca-certificates', '/usr/local/share/ca-certificates', '/etc/ca-certificates'];
/** DefaultControlPlaneTimeout 4m0s over a 10 s period: StartupProbe's failureThreshold */
const STARTUP_FAILURES = 24;

const flags = (m: Record<string, string>) =>
  Object.keys(m)
    .sort()
    .map((k) => `--${k}=${m[k]}`);

function probe(host: string, path: string, port: number, scheme: string, initialDelaySeconds: number, failureThreshold: number, periodSeconds: number): any {
  // omitempty: a zero initialDelaySeconds is not written
  return { failureThreshold, httpGet: { host, path, port, scheme }, ...(initialDelaySeconds ? { initialDelaySeconds } : {}), periodSeconds, timeoutSeconds: 15 };
}
const liveness = (h: string, p: string, port: number, s: string) => probe(h, p, port, s, 10, 8, 10);
const readiness = (h: string, p: string, port: number, s: string) => probe(h, p, port, s, 0, 3, 1);
const startup = (h: string, p: string, port: number, s: string) => probe(h, p, port, s, 10, STARTUP_FAILURES, 10);

const hostPath = (name: string, path: string, type: string) => ({ hostPath: { path, type }, name });
const mount = (name: string, mountPath: string, readOnly: boolean) => ({ mountPath, name, ...(readOnly ? { readOnly: true } : {}) });
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function componentPod(container: any, volumes: any[], annotations?: Record<string, string>): any {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...(annotations ? { annotations } : {}), creationTimestamp: null, labels: { component: container.name, tier: 'control-plane' }, name: container.name, namespace: 'kube-system' },
    spec: {
      containers: [container],
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      volumes: [...volumes].sort(byName),
    },
    status: {},
  };
}

/** volumes.go: each component's hostPath volumes and their mounts (name → [hostPath, type, readOnly]) */
function hostMounts(comp: Component, o: StaticPodConfig): [string, string, string, boolean][] {
  const dir = 'DirectoryOrCreate';
  const file = 'FileOrCreate';
  const extra = (o.caExtraPaths ?? ['/etc/pki']).filter((p) => CA_EXTRA.includes(p)).map((p): [string, string, string, boolean] => [p.replace(/\//g, '-').slice(1), p, dir, true]);
  if (comp === 'kube-apiserver') return [['k8s-certs', PKI, dir, true], ['ca-certs', '/etc/ssl/certs', dir, true], ...extra];
  if (comp === 'kube-controller-manager')
    return [['k8s-certs', PKI, dir, true], ['ca-certs', '/etc/ssl/certs', dir, true], ['kubeconfig', '/etc/kubernetes/controller-manager.conf', file, true], ['flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', dir, false], ...extra];
  return [['kubeconfig', '/etc/kubernetes/scheduler.conf', file, true]];
}

function withMounts(comp: Component, o: StaticPodConfig, container: any, annotations?: Record<string, string>): any {
  const m = hostMounts(comp, o);
  container.volumeMounts = m.map(([n, p, , ro]) => mount(n, p, ro)).sort(byName);
  return componentPod(container, m.map(([n, p, t]) => hostPath(n, p, t)), annotations);
}

function apiServer(o: StaticPodConfig): any {
  const args: Record<string, string> = {
    'advertise-address': o.ip,
    'enable-admission-plugins': 'NodeRestriction',
    'service-cluster-ip-range': o.serviceCidr ?? '10.96.0.0/12',
    'service-account-key-file': `${PKI}/sa.pub`,
    'service-account-signing-key-file': `${PKI}/sa.key`,
    'service-account-issuer': 'https://kubernetes.default.svc.cluster.local',
    'client-ca-file': `${PKI}/ca.crt`,
    'tls-cert-file': `${PKI}/apiserver.crt`,
    'tls-private-key-file': `${PKI}/apiserver.key`,
    'kubelet-client-certificate': `${PKI}/apiserver-kubelet-client.crt`,
    'kubelet-client-key': `${PKI}/apiserver-kubelet-client.key`,
    'enable-bootstrap-token-auth': 'true',
    'secure-port': '6443',
    'allow-privileged': 'true',
    'kubelet-preferred-address-types': 'InternalIP,ExternalIP,Hostname',
    'requestheader-username-headers': 'X-Remote-User',
    'requestheader-group-headers': 'X-Remote-Group',
    'requestheader-extra-headers-prefix': 'X-Remote-Extra-',
    'requestheader-client-ca-file': `${PKI}/front-proxy-ca.crt`,
    'requestheader-allowed-names': 'front-proxy-client',
    'proxy-client-cert-file': `${PKI}/front-proxy-client.crt`,
    'proxy-client-key-file': `${PKI}/front-proxy-client.key`,
    'etcd-servers': 'https://127.0.0.1:2379',
    'etcd-cafile': `${PKI}/etcd/ca.crt`,
    'etcd-certfile': `${PKI}/apiserver-etcd-client.crt`,
    'etcd-keyfile': `${PKI}/apiserver-etcd-client.key`,
    'authorization-mode': 'Node,RBAC',
  };
  const c = {
    command: ['kube-apiserver', ...flags(args)],
    image: `registry.k8s.io/kube-apiserver:${o.version}`,
    imagePullPolicy: 'IfNotPresent',
    livenessProbe: liveness(o.ip, '/livez', 6443, 'HTTPS'),
    name: 'kube-apiserver',
    readinessProbe: readiness(o.ip, '/readyz', 6443, 'HTTPS'),
    resources: { requests: { cpu: '250m' } },
    startupProbe: startup(o.ip, '/livez', 6443, 'HTTPS'),
  };
  return withMounts('kube-apiserver', o, c, { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${o.ip}:6443` });
}

function controllerManager(o: StaticPodConfig): any {
  const kc = '/etc/kubernetes/controller-manager.conf';
  const args: Record<string, string> = {
    'bind-address': '127.0.0.1',
    'leader-elect': 'true',
    kubeconfig: kc,
    'authentication-kubeconfig': kc,
    'authorization-kubeconfig': kc,
    'client-ca-file': `${PKI}/ca.crt`,
    'requestheader-client-ca-file': `${PKI}/front-proxy-ca.crt`,
    'root-ca-file': `${PKI}/ca.crt`,
    'service-account-private-key-file': `${PKI}/sa.key`,
    'cluster-signing-cert-file': `${PKI}/ca.crt`,
    'cluster-signing-key-file': `${PKI}/ca.key`,
    'use-service-account-credentials': 'true',
    controllers: '*,bootstrapsigner,tokencleaner',
    'cluster-name': 'kubernetes',
  };
  if (o.podCidr) {
    args['allocate-node-cidrs'] = 'true';
    args['cluster-cidr'] = o.podCidr;
    args['service-cluster-ip-range'] = o.serviceCidr ?? '10.96.0.0/12';
  }
  const c = {
    command: ['kube-controller-manager', ...flags(args)],
    image: `registry.k8s.io/kube-controller-manager:${o.version}`,
    imagePullPolicy: 'IfNotPresent',
    livenessProbe: liveness('127.0.0.1', '/healthz', 10257, 'HTTPS'),
    name: 'kube-controller-manager',
    resources: { requests: { cpu: '200m' } },
    startupProbe: startup('127.0.0.1', '/healthz', 10257, 'HTTPS'),
  };
  return withMounts('kube-controller-manager', o, c);
}

function scheduler(o: StaticPodConfig): any {
  const kc = '/etc/kubernetes/scheduler.conf';
  const args = { 'bind-address': '127.0.0.1', 'leader-elect': 'true', kubeconfig: kc, 'authentication-kubeconfig': kc, 'authorization-kubeconfig': kc };
  const c = {
    command: ['kube-scheduler', ...flags(args)],
    image: `registry.k8s.io/kube-scheduler:${o.version}`,
    imagePullPolicy: 'IfNotPresent',
    livenessProbe: liveness('127.0.0.1', '/healthz', 10259, 'HTTPS'),
    name: 'kube-scheduler',
    resources: { requests: { cpu: '100m' } },
    startupProbe: startup('127.0.0.1', '/healthz', 10259, 'HTTPS'),
  };
  return withMounts('kube-scheduler', o, c);
}

function etcd(o: StaticPodConfig): any {
  const client = `https://${o.ip}:2379`;
  const peer = `https://${o.ip}:2380`;
  const args: Record<string, string> = {
    name: o.node,
    'experimental-initial-corrupt-check': 'true',
    'listen-client-urls': `https://127.0.0.1:2379,${client}`,
    'advertise-client-urls': client,
    'listen-peer-urls': peer,
    'initial-advertise-peer-urls': peer,
    'data-dir': '/var/lib/etcd',
    'cert-file': `${PKI}/etcd/server.crt`,
    'key-file': `${PKI}/etcd/server.key`,
    'trusted-ca-file': `${PKI}/etcd/ca.crt`,
    'client-cert-auth': 'true',
    'peer-cert-file': `${PKI}/etcd/peer.crt`,
    'peer-key-file': `${PKI}/etcd/peer.key`,
    'peer-trusted-ca-file': `${PKI}/etcd/ca.crt`,
    'peer-client-cert-auth': 'true',
    'snapshot-count': '10000',
    'listen-metrics-urls': 'http://127.0.0.1:2381',
    'experimental-watch-progress-notify-interval': '5s',
    'initial-cluster': `${o.node}=${peer}`,
  };
  const c = {
    command: ['etcd', ...flags(args)],
    image: `registry.k8s.io/etcd:${o.etcdTag}`,
    imagePullPolicy: 'IfNotPresent',
    livenessProbe: liveness('127.0.0.1', '/health?exclude=NOSPACE&serializable=true', 2381, 'HTTP'),
    name: 'etcd',
    resources: { requests: { cpu: '100m', memory: '100Mi' } },
    startupProbe: startup('127.0.0.1', '/health?serializable=false', 2381, 'HTTP'),
    // local.go lists these two mounts in this order (not sorted)
    volumeMounts: [mount('etcd-data', '/var/lib/etcd', false), mount('etcd-certs', `${PKI}/etcd`, false)],
  };
  return componentPod(c, [hostPath('etcd-data', '/var/lib/etcd', 'DirectoryOrCreate'), hostPath('etcd-certs', `${PKI}/etcd`, 'DirectoryOrCreate')], { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': client });
}

/** The Pod kubeadm writes for a component (a fresh object each call). */
export function staticPodOf(comp: Component, o: StaticPodConfig): any {
  if (comp === 'etcd') return etcd(o);
  if (comp === 'kube-apiserver') return apiServer(o);
  if (comp === 'kube-controller-manager') return controllerManager(o);
  return scheduler(o);
}

/** The manifest file's text, as WriteStaticPodToDisk writes it. */
export function manifestText(comp: Component, o: StaticPodConfig): string {
  return toYaml(staticPodOf(comp, o)) + '\n';
}

/** volumes.go's isExtraVolumeMountNeeded: the CA folders that exist on the host */
export function caExtraPathsOf(isDir: (p: string) => boolean): string[] {
  return CA_EXTRA.filter(isDir);
}

/** WriteStaticPodToDisk for each component: /etc/kubernetes/manifests/<component>.yaml, mode 0600. */
export function writeStaticPods(h: Host, o: Omit<StaticPodConfig, 'caExtraPaths'>, comps: readonly Component[] = CONTROL_PLANE, dir = '/etc/kubernetes/manifests'): void {
  if (!h.fs.isDir(dir)) h.fs.mkdir(dir, true);
  const cfg = { ...o, caExtraPaths: caExtraPathsOf((p) => h.fs.isDir(p)) };
  for (const comp of comps) h.fs.write(`${dir}/${comp}.yaml`, manifestText(comp, cfg), false, 0o600);
}
