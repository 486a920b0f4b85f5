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
import type { Cluster } from './cluster';
import { fnv32a } from './rand';

/** klog's header: Lmmdd hh:mm:ss.uuuuuu, the thread id (pid 1 in the container) right-aligned in 7, file:line] */
function klog(ms: number, at: string, msg: string): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const us = p(d.getUTCMilliseconds(), 3) + p(fnv32a(`${ms}|${at}|${msg}`) % 1000, 3);
  return `I${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${us}       1 ${at}] ${msg}`;
}

type Line = [number, string, string];

const starting = (name: string, at = 'dynamic_cafile_content.go:157') => [at, `"Starting controller" name="${name}"`] as const;
const SERVING: Record<string, string> = { 'kube-apiserver': '[::]:6443', 'kube-controller-manager': '127.0.0.1:10257', 'kube-scheduler': '127.0.0.1:10259' };

/** the lines a control-plane container writes from its start, or null for another image */
export function componentLogs(c: Cluster, repo: string, started: number): { at: number; text: string }[] | null {
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
