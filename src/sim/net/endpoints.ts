/**
 * What a Kubernetes node's components answer on the ports ss lists for them (commands/lib/sockets.ts): curl and
 * wget reach these through commands/lib/http.ts, which loads this module when a connection lands on a socket
 * one of them owns. Each endpoint says whether it speaks TLS (its serving certificate: who issued it, the CA file
 * on the nodes that verifies it, its names), whether it wants a client certificate, and what a GET answers.
 *
 *   kubelet         127.0.0.1:10248 healthz (plain HTTP); *:10250 the kubelet API (TLS, its self-signed
 *                   /var/lib/kubelet/pki/kubelet.crt; kubeadm turns anonymous auth off: 401 Unauthorized)
 *   kube-apiserver  *:6443 (TLS, pki/apiserver.crt from pki/ca.crt); anonymous requests are system:anonymous,
 *                   whom system:public-info-viewer lets GET /healthz /livez /readyz /version; anything else: 403
 *   etcd            node-ip:2379, 127.0.0.1:2379, node-ip:2380 (TLS from pki/etcd/ca.crt, client certificate
 *                   required); 127.0.0.1:2381 /health in plain HTTP
 *   controller-manager 127.0.0.1:10257, scheduler 127.0.0.1:10259 (TLS, in-memory self-signed certificates;
 *                   /healthz /livez /readyz for anyone, 403 for system:anonymous elsewhere)
 *   kube-proxy      127.0.0.1:10249 /healthz and /proxyMode; *:10256 /healthz and /livez (JSON)
 *
 * Texts: k8s.io/apiserver pkg/server/healthz (`ok`), pkg/endpoints/handlers/responsewriters/errors.go
 * (forbiddenMessage) and apimachinery's NewForbidden; pkg/kubelet/server/auth.go ("Unauthorized");
 * pkg/proxy/healthcheck/proxier_health.go; client-go util/cert GenerateSelfSignedCertKey (`<host>@<unix>`
 * signed by `<host>-ca@<unix>`, both sent); Go's net/http for plain HTTP to a TLS port and for 404.
 */
import type { World } from '../world';
import type { Host } from '../types';
import { versionInfo } from '../k8s/kubectl/verbs/proxy/api';
import { healthAnswer } from './apiserver-health';

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** HTTP/1.0 without headers: what Go's net/http writes to a plain-HTTP client of a TLS port */
  http10?: boolean;
}

/** A serving certificate as a client sees it. */
export interface ServingCert {
  /** subject and issuer common names */
  cn: string;
  issuer: string;
  /** true: the server sends its self-signed CA along (client-go's self-signed pairs) */
  selfSignedChain: boolean;
  /** the file on the nodes that holds the CA which verifies it */
  caFile: string;
  dns: string[];
  ips: string[];
}

export interface Endpoint {
  /** serving certificate; absent: plain HTTP */
  tls?: ServingCert;
  /** client certificates the server accepts (it requires one): their files on the nodes */
  clientCerts?: string[];
  get(url: URL): Reply;
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };
const JSON_TYPE = { 'content-type': 'application/json' };
const ok = (): Reply => ({ status: 200, body: 'ok', headers: TEXT });
/** Go's http.NotFound */
const notFound = (): Reply => ({ status: 404, body: '404 page not found\n', headers: TEXT });

interface ClusterLike {
  version: string;
  serviceCidr?: string;
  nodes: Map<string, unknown>;
}
interface K8sLike {
  cluster?: ClusterLike;
  hostOf?: Map<string, string>;
}

const pathOf = (url: URL) => decodeURIComponent(url.pathname);

/** apimachinery's NewForbidden(gr, name, forbiddenMessage(attrs)) for system:anonymous, as the apiserver's pretty JSON (curl and Wget user agents). */
export function anonymousForbidden(path: string): Reply {
  const parts = path.split('/').filter(Boolean);
  let group = '';
  let rest: string[] | null = null;
  if (parts[0] === 'api' && parts.length >= 3) rest = parts.slice(2);
  else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1];
    rest = parts.slice(3);
  }
  let message: string;
  let details: Record<string, string> = {};
  if (!rest) message = `forbidden: User "system:anonymous" cannot get path "${path}"`;
  else {
    let ns = '';
    if (rest[0] === 'namespaces' && rest.length >= 2) {
      ns = rest[1];
      if (rest.length > 2) rest = rest.slice(2);
    }
    const [resource, name = '', sub] = rest;
    const verb = name ? 'get' : 'list';
    const res = sub ? `${resource}/${sub}` : resource;
    const gr = group ? `${resource}.${group}` : resource;
    const scope = ns ? `in the namespace "${ns}"` : 'at the cluster scope';
    message = `${gr}${name ? ` "${name}"` : ''} is forbidden: User "system:anonymous" cannot ${verb} resource "${res}" in API group "${group}" ${scope}`;
    details = { ...(name ? { name } : {}), ...(group ? { group } : {}), kind: resource };
  }
  const body = JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'Forbidden', details, code: 403 }, null, 2);
  return { status: 403, body, headers: { ...JSON_TYPE, 'x-content-type-options': 'nosniff' } };
}

/** Go's time.Time String() with the monotonic reading kube-proxy's clock carries. */
function goTime(ms: number, startedMs: number): string {
  const d = new Date(ms);
  const ns = String((ms % 1000) * 1_000_000 + 417_233).padStart(9, '0').replace(/0+$/, '');
  const mono = Math.max(0, ms - startedMs);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}.${ns} +0000 UTC m=+${Math.floor(mono / 1000)}.${String((mono % 1000) * 1_000_000 + 417_233).padStart(9, '0')}`;
}

const short = (h: Host) => h.hostname.split('.')[0];
const nodeIpOf = (h: Host) => (h.ifaces.find((i) => i.name === 'eth1') ?? h.ifaces.find((i) => i.name !== 'lo'))?.addr ?? '10.0.2.15';

/** The first address of the Service range: the `kubernetes` Service's ClusterIP, in the apiserver's certificate. */
function serviceIp(cidr = '10.96.0.0/12'): string {
  const [a, b, c, d] = cidr.split('/')[0].split('.').map(Number);
  return `${a}.${b}.${c}.${d + 1}`;
}

/**
 * The endpoint `process` serves on `port` of host `h` (which listens there, as ss shows), or null when the
 * model has nothing for that port. `started` is when the process started (ms), for the certificates it makes
 * in memory and kube-proxy's clock.
 */
export function endpointOf(world: World, h: Host, process: string, port: number, started: number): Endpoint | null {
  const k8s = world.ext.get('k8s') as K8sLike | undefined;
  const cluster = k8s?.cluster;
  const name = short(h);
  const ip = nodeIpOf(h);
  const unix = Math.floor(started / 1000);
  const selfSigned = (host: string, alt: { dns: string[]; ips: string[] }, caFile: string): ServingCert => ({ cn: `${host}@${unix}`, issuer: `${host}-ca@${unix}`, selfSignedChain: true, caFile, dns: alt.dns, ips: alt.ips });
  if (process === 'kubelet' && port === 10248) return { get: (u) => (pathOf(u) === '/healthz' ? ok() : notFound()) };
  if (process === 'kubelet' && port === 10250) {
    // the kubelet's serving pair is written once, when it first starts without one
    const born = h.fs.get('/var/lib/kubelet/pki/kubelet.crt')?.mtime ?? started;
    const t = Math.floor(born / 1000);
    return {
      tls: { cn: `${name}@${t}`, issuer: `${name}-ca@${t}`, selfSignedChain: true, caFile: '/var/lib/kubelet/pki/kubelet.crt', dns: [name], ips: [] },
      get: () => ({ status: 401, body: 'Unauthorized', headers: { 'content-type': 'text/plain; charset=utf-8' } }),
    };
  }
  if (process === 'kube-apiserver' && port === 6443) {
    const version = cluster?.version ?? 'v1.28.15';
    return {
      tls: { cn: 'kube-apiserver', issuer: 'kubernetes', selfSignedChain: false, caFile: '/etc/kubernetes/pki/ca.crt', dns: ['kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local', name], ips: [serviceIp(cluster?.serviceCidr), ip] },
      get: (u) => {
        const p = pathOf(u);
        // system:public-info-viewer allows the three paths themselves, not /livez/<check>
        if (p === '/healthz' || p === '/livez' || p === '/readyz') return { ...healthAnswer(version, p, u.searchParams)!, headers: TEXT };
        if (p === '/version' || p === '/version/') return { status: 200, body: JSON.stringify(versionInfo(version), null, 2), headers: JSON_TYPE };
        return anonymousForbidden(p);
      },
    };
  }
  if ((process === 'kube-controller' && port === 10257) || (process === 'kube-scheduler' && port === 10259)) {
    return {
      tls: selfSigned('localhost', { dns: ['localhost'], ips: ['127.0.0.1'] }, ''),
      get: (u) => {
        const p = pathOf(u);
        return p === '/healthz' || p === '/livez' || p === '/readyz' ? ok() : anonymousForbidden(p);
      },
    };
  }
  if (process === 'etcd' && (port === 2379 || port === 2380)) {
    const etcdCerts = ['/etc/kubernetes/pki/etcd/server.crt', '/etc/kubernetes/pki/etcd/peer.crt', '/etc/kubernetes/pki/etcd/healthcheck-client.crt', '/etc/kubernetes/pki/apiserver-etcd-client.crt'];
    return {
      tls: { cn: name, issuer: 'etcd-ca', selfSignedChain: false, caFile: '/etc/kubernetes/pki/etcd/ca.crt', dns: ['localhost', name], ips: [ip, '127.0.0.1', '::1'] },
      clientCerts: etcdCerts,
      get: (u) => (port === 2379 && pathOf(u) === '/health' ? { status: 200, body: '{"health":"true","reason":""}', headers: { 'content-type': 'text/plain; charset=utf-8' } } : notFound()),
    };
  }
  if (process === 'etcd' && port === 2381) return { get: (u) => (pathOf(u) === '/health' ? { status: 200, body: '{"health":"true","reason":""}', headers: { 'content-type': 'text/plain; charset=utf-8' } } : notFound()) };
  if (process === 'kube-proxy' && port === 10249) {
    return {
      get: (u) => {
        const p = pathOf(u);
        if (p === '/healthz') return ok();
        if (p === '/proxyMode') return { status: 200, body: 'iptables', headers: { 'content-type': 'text/plain; charset=utf-8' } };
        return notFound();
      },
    };
  }
  if (process === 'kube-proxy' && port === 10256) {
    return {
      get: (u) => {
        const p = pathOf(u);
        const now = goTime(world.now, started);
        const headers = { ...JSON_TYPE, 'x-content-type-options': 'nosniff' };
        if (p === '/healthz') return { status: 200, body: `{"lastUpdated": "${now}","currentTime": "${now}", "nodeEligible": true}`, headers };
        if (p === '/livez') return { status: 200, body: `{"lastUpdated": "${now}","currentTime": "${now}"}`, headers };
        return notFound();
      },
    };
  }
  return null;
}
