// `crictl info` (cri-tools v1.28.0 cmd/crictl/info.go) against containerd 1.7.24's Status (pkg/cri/server/status.go):
// the RuntimeReady and NetworkReady conditions and ContainerdHasNoDeprecationWarnings, then with verbose (the
// default) the info map crictl prints in sorted key order: the CNI plugin's config (go-cni's ConfigResult: the
// loopback network and the node's conflist), the CRI plugin's config (criconfig.Config marshalled by encoding/json,
// pkg/cri/config/config.go's json tags and field order; values from /etc/containerd/config.toml over the defaults),
// the Go version containerd was built with, and the last CNI config load status.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import type { Options } from '../../spec/types';
import { toYaml } from '../format';
import { hostname, systemdCgroup } from '../host';
import { outputStatusInfo } from './status';

const LOOPBACK = {
  Config: {
    Name: 'cni-loopback',
    CNIVersion: '0.3.1',
    Plugins: [{ Network: { type: 'loopback', ipam: {}, dns: {} }, Source: '{"type":"loopback"}' }],
    Source: '{\n"cniVersion": "0.3.1",\n"name": "cni-loopback",\n"plugins": [{\n  "type": "loopback"\n}]\n}',
  },
  IFName: 'lo',
};

/** encoding/json of a decoded map: keys sorted, compact */
function sortedCompact(v: any): string {
  if (Array.isArray(v)) return '[' + v.map(sortedCompact).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + sortedCompact(v[k])).join(',') + '}';
  return JSON.stringify(v);
}

/** the node's conflist (flannel's install-cni copies kube-flannel-cfg's cni-conf.json) as libcni loads it */
function confList(st: K8sState): any | null {
  const cm = st.cluster.get('ConfigMap', 'kube-flannel', 'kube-flannel-cfg');
  const text = cm?.data?.['cni-conf.json'];
  if (typeof text !== 'string') return null;
  let conf: any;
  try {
    conf = JSON.parse(text);
  } catch {
    return null;
  }
  return {
    Config: {
      Name: conf.name,
      CNIVersion: conf.cniVersion,
      Plugins: (conf.plugins ?? []).map((p: any) => ({
        Network: { type: p.type, ...(p.capabilities ? { capabilities: p.capabilities } : {}), ipam: {}, dns: {} },
        Source: sortedCompact(p),
      })),
      Source: text,
    },
    IFName: 'eth0',
  };
}

/** a value of the CRI plugin's section of config.toml, as a string (undefined when the file does not set it) */
function tomlValue(h: Host, key: string): string | undefined {
  const text = h.fs.read('/etc/containerd/config.toml');
  if (typeof text !== 'string') return undefined;
  const m = new RegExp(`^\\s*${key}\\s*=\\s*"?([^"\\n]*)"?\\s*$`, 'm').exec(text);
  return m?.[1];
}

const ZERO_RUNTIME = { runtimeType: '', runtimePath: '', runtimeEngine: '', PodAnnotations: null, ContainerAnnotations: null, runtimeRoot: '', options: null, privileged_without_host_devices: false, privileged_without_host_devices_all_devices_allowed: false, baseRuntimeSpec: '', cniConfDir: '', cniMaxConfNum: 0, snapshotter: '', sandboxMode: '' };

function criConfig(h: Host): Record<string, any> {
  const systemd = systemdCgroup(h);
  return {
    containerd: {
      snapshotter: 'overlayfs',
      defaultRuntimeName: 'runc',
      defaultRuntime: ZERO_RUNTIME,
      untrustedWorkloadRuntime: ZERO_RUNTIME,
      runtimes: {
        runc: {
          ...ZERO_RUNTIME,
          runtimeType: 'io.containerd.runc.v2',
          PodAnnotations: [],
          ContainerAnnotations: [],
          options: { BinaryName: '', CriuImagePath: '', CriuPath: '', CriuWorkPath: '', IoGid: 0, IoUid: 0, NoNewKeyring: false, NoPivotRoot: false, Root: '', ShimCgroup: '', SystemdCgroup: systemd },
          sandboxMode: 'podsandbox',
        },
      },
      noPivot: false,
      disableSnapshotAnnotations: true,
      discardUnpackedLayers: false,
      ignoreBlockIONotEnabledErrors: false,
      ignoreRdtNotEnabledErrors: false,
    },
    cni: { binDir: '/opt/cni/bin', confDir: '/etc/cni/net.d', maxConfNum: 1, setupSerially: false, confTemplate: '', ipPref: '' },
    registry: { configPath: tomlValue(h, 'config_path') ?? '', mirrors: {}, configs: {}, auths: {}, headers: {} },
    imageDecryption: { keyModel: 'node' },
    disableTCPService: true,
    streamServerAddress: '127.0.0.1',
    streamServerPort: '0',
    streamIdleTimeout: '4h0m0s',
    enableSelinux: false,
    selinuxCategoryRange: 1024,
    sandboxImage: tomlValue(h, 'sandbox_image') ?? 'registry.k8s.io/pause:3.8',
    statsCollectPeriod: 10,
    systemdCgroup: false,
    enableTLSStreaming: false,
    x509KeyPairStreaming: { tlsCertFile: '', tlsKeyFile: '' },
    maxContainerLogSize: 16384,
    disableCgroup: false,
    disableApparmor: false,
    restrictOOMScoreAdj: false,
    maxConcurrentDownloads: 3,
    disableProcMount: false,
    unsetSeccompProfile: '',
    tolerateMissingHugetlbController: true,
    disableHugetlbController: true,
    device_ownership_from_security_context: false,
    ignoreImageDefinedVolumes: false,
    netnsMountsUnderStateDir: false,
    enableUnprivilegedPorts: false,
    enableUnprivilegedICMP: false,
    enableCDI: false,
    cdiSpecDirs: ['/etc/cdi', '/var/run/cdi'],
    imagePullProgressTimeout: '5m0s',
    drainExecSyncIOTimeout: '0s',
    imagePullWithSyncFs: false,
    ignoreDeprecationWarnings: [],
    containerdRootDir: '/var/lib/containerd',
    containerdEndpoint: '/run/containerd/containerd.sock',
    rootDir: '/var/lib/containerd/io.containerd.grpc.v1.cri',
    stateDir: '/run/containerd/io.containerd.grpc.v1.cri',
  };
}

const NO_CONF = 'cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config';

/** `crictl info`: the text, or the error crictl wraps in `getting status of runtime: ` */
export function info(st: K8sState, h: Host, opts: Options): { text: string } | { error: string } {
  const cni = !!st.cluster.nodes.get(hostname(h))?.cni;
  const status = {
    conditions: [
      { type: 'RuntimeReady', status: true, reason: '', message: '' },
      { type: 'NetworkReady', status: cni, reason: cni ? '' : 'NetworkPluginNotReady', message: cni ? '' : 'Network plugin returns error: cni plugin not initialized' },
      { type: 'ContainerdHasNoDeprecationWarnings', status: true, reason: '', message: '' },
    ],
  };
  const verbose = !opts.bool('quiet');
  const conf = cni ? confList(st) : null;
  const load = cni ? 'OK' : NO_CONF;
  const extra = verbose
    ? {
        cniconfig: { PluginDirs: ['/opt/cni/bin'], PluginConfDir: '/etc/cni/net.d', PluginMaxConfNum: 1, Prefix: 'eth', Networks: conf ? [LOOPBACK, conf] : [LOOPBACK] },
        config: criConfig(h),
        golang: 'go1.22.10',
        lastCNILoadStatus: load,
        'lastCNILoadStatus.default': load,
      }
    : undefined;
  return outputStatusInfo(status, extra, opts.str('output') || 'json', toYaml, opts.str('template') ?? '');
}
