/**
 * What the control plane's Go components write as they start (klog, to stderr), limited to lines whose text and
 * file:line come from the v0.28.15 staging sources the 1.28.15 binaries are built from:
 *   k8s.io/apiserver pkg/server/options/serving.go:348 (self-signed serving cert), dynamiccertificates/
 *   dynamic_cafile_content.go:157, configmap_cafile_content.go:202, dynamic_serving_content.go:132 ("Starting
 *   controller" with the provider's name, "<purpose>::<file>" / "<purpose>::<ns>::<configmap>::<key>"),
 *   secure_serving.go:213 ("Serving securely on" the listener's address), tlsconfig.go:240;
 *   k8s.io/client-go tools/leaderelection/leaderelection.go:250 and :260 (the leader lease).
 * The flags are kubeadm's: the API server's certificates and CAs, the controller manager's --client-ca-file and
 * --requestheader-client-ca-file (the scheduler has neither: it reads the CAs from the extension-apiserver-
 * authentication ConfigMap), both without a serving certificate (an in-memory self-signed one). Lines from the
 * components' own packages (cmd/..., pkg/...: versions, flags, "Using iptables Proxier") are left out: their line
 * numbers at v1.28.15 are not in a source read here. See crictl/DIFFERENCES.md.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from './cluster';
import type { Obj } from './objects';
import { fnv32a } from './rand';

/** klog's header: Lmmdd hh:mm:ss.uuuuuu, the thread id (pid 1 in the container) right-aligned in 7, file:line] */
function klog(ms: number, at: string, msg: string, level = 'I'): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const us = p(d.getUTCMilliseconds(), 3) + p(fnv32a(`${ms}|${at}|${msg}`) % 1000, 3);
  return `${level}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${us}       1 ${at}] ${msg}`;
}

type Line = [number, string, string];

const starting = (name: string, at = 'dynamic_cafile_content.go:157') => [at, `"Starting controller" name="${name}"`] as const;
const SERVING: Record<string, string> = { 'kube-apiserver': '[::]:6443', 'kube-controller-manager': '127.0.0.1:10257', 'kube-scheduler': '127.0.0.1:10259' };

/** flanneld's CLI flags as main.go:212 prints them (%+v of CmdLineOpts) for the manifest's --ip-masq --kube-subnet-mgr */
const FLANNEL_FLAGS = '{etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network etcdKeyfile: etcdCertfile: etcdCAFile: etcdUsername: etcdPassword: version:false kubeSubnetMgr:true kubeApiUrl: kubeAnnotationPrefix:flannel.alpha.coreos.com kubeConfigFile: iface:[] ifaceRegex:[] ipMasq:true ifaceCanReach: subnetFile:/run/flannel/subnet.env publicIP: publicIPv6: subnetLeaseRenewMargin:60 healthzIP:0.0.0.0 healthzPort:0 iptablesResyncSeconds:5 iptablesForwardRules:true netConfPath:/etc/kube-flannel/net-conf.json setNodeNetworkUnavailable:true}';

/**
 * flanneld v0.26.1 (the kube-flannel.yml release): main.go:212 its flags, client-go v0.28.13's BuildConfigFromFlags
 * warning (tools/clientcmd/client_config.go:618), the kube subnet manager (pkg/subnet/kube/kube.go:139, :469, :146),
 * main.go:232 and :235, and getConfig's main.go:469 with the net-conf.json backend. Without a pod CIDR on its node the
 * lease fails (pkg/backend/vxlan/vxlan.go:216 inside main.go:360's error) and the shutdown handler stops
 * (main.go:449); the lines between (the interface it picks, its iptables rules) are not modelled.
 */
function flannelLogs(c: Cluster, pod: Obj, started: number): { at: number; text: string }[] {
  const node = pod.spec.nodeName;
  const conf = c.get('ConfigMap', 'kube-flannel', 'kube-flannel-cfg')?.data?.['net-conf.json'] ?? '';
  const backend = /"Type"\s*:\s*"([^"]+)"/.exec(conf)?.[1] ?? 'vxlan';
  const lines: [number, string, string, string?][] = [
    [0, 'main.go:212', `CLI flags config: ${FLANNEL_FLAGS}`],
    [1, 'client_config.go:618', 'Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.', 'W'],
    [40, 'kube.go:139', 'Waiting 10m0s for node controller to sync'],
    [41, 'kube.go:469', 'Starting kube subnet manager'],
    [1040, 'kube.go:146', 'Node controller sync successful'],
    [1041, 'main.go:232', `Created subnet manager: Kubernetes Subnet Manager - ${node}`],
    [1041, 'main.go:235', 'Installing signal handlers'],
    [1042, 'main.go:469', `Found network config - Backend type: ${backend}`],
  ];
  if (!c.nodeObj(node)?.spec.podCIDR) {
    lines.push([1060, 'main.go:360', `Error registering network: failed to acquire lease: node "${node}" pod cidr not assigned`, 'E']);
    lines.push([1061, 'main.go:449', 'Stopping shutdownHandler...']);
  }
  return lines.filter(([dt]) => started + dt <= c.t).map(([dt, at, msg, level]) => ({ at: started + dt, text: klog(started + dt, at, msg, level) }));
}

/**
 * etcd 3.5.15/3.5.16's first line: etcdmain/etcd.go:73 "Running: " with its arguments, through zap's JSON encoder as
 * client/pkg/logutil/zap.go configures it (level, ts as 2006-01-02T15:04:05.000000Z0700, caller, msg, then the
 * fields), on stderr. What it logs after (its server configuration, raft) is not modelled.
 */
function etcdLogs(c: Cluster, ct: any, started: number): { at: number; text: string }[] {
  const at = started + 30;
  if (at > c.t) return [];
  const ts = new Date(at).toISOString().slice(0, 23) + String(fnv32a(`etcd|${at}`) % 1000).padStart(3, '0') + 'Z';
  const args = [...(ct.command ?? []), ...(ct.args ?? [])];
  return [{ at, text: `{"level":"info","ts":"${ts}","caller":"etcdmain/etcd.go:73","msg":"Running: ","args":${JSON.stringify(args)}}` }];
}

/** the lines a control-plane (or flannel) container writes from its start, or null for another image */
export function componentLogs(c: Cluster, pod: Obj, ct: any, repo: string, started: number): { at: number; text: string }[] | null {
  if (ct.name === 'kube-flannel' && /\/flannel\/flannel$/.test(repo)) return flannelLogs(c, pod, started);
  if (/^registry\.k8s\.io\/etcd$/.test(repo)) return etcdLogs(c, ct, started);
  const m = /\/(kube-apiserver|kube-controller-manager|kube-scheduler)$/.exec(repo);
  if (!m) return null;
  const comp = m[1];
  const lines: Line[] = [];
  let dt = 400;
  const at = (step: number, file: string, msg: string) => lines.push([started + (dt += step), file, msg]);
  if (comp === 'kube-apiserver') {
    at(900, ...starting('request-header::/etc/kubernetes/pki/front-proxy-ca.crt'));
    at(1, ...starting('client-ca-bundle::/etc/kubernetes/pki/ca.crt'));
    at(1, ...starting('serving-cert::/etc/kubernetes/pki/apiserver.crt::/etc/kubernetes/pki/apiserver.key', 'dynamic_serving_content.go:132'));
  } else {
    at(0, 'serving.go:348', 'Generated self-signed cert in-memory');
    const lease = `kube-system/${comp}`;
    at(600, 'leaderelection.go:250', `attempting to acquire leader lease ${lease}...`);
    if (comp === 'kube-controller-manager') {
      at(2, ...starting('request-header::/etc/kubernetes/pki/front-proxy-ca.crt'));
      at(1, ...starting('client-ca-bundle::/etc/kubernetes/pki/ca.crt'));
    } else {
      at(2, ...starting('client-ca::kube-system::extension-apiserver-authentication::client-ca-file', 'configmap_cafile_content.go:202'));
      at(1, ...starting('request-header::kube-system::extension-apiserver-authentication::requestheader-client-ca-file', 'configmap_cafile_content.go:202'));
    }
  }
  at(2, 'secure_serving.go:213', `Serving securely on ${SERVING[comp]}`);
  at(1, 'tlsconfig.go:240', '"Starting DynamicServingCertificateController"');
  if (comp !== 'kube-apiserver') {
    // the lease is taken when its record says (a restarted leader waits for the old holder's lease to run out)
    const acquired = Date.parse(c.get('Lease', 'kube-system', comp)?.spec?.acquireTime ?? '');
    lines.push([acquired > started + dt ? acquired : started + dt + 180, 'leaderelection.go:260', `successfully acquired lease kube-system/${comp}`]);
  }
  return lines.filter(([t]) => t <= c.t).map(([t, file, msg]) => ({ at: t, text: klog(t, file, msg) }));
}
