// HTTP from a guest, for curl and wget: the host's own listeners (net/listeners.ts), what extensions answer
// (the Kubernetes model serves Services, NodePorts and pods), the simulated internet (net/web), or a failure
// in the words of the network: name not resolved, connection refused, connection timed out.
import type { CommandContext } from '../../context';
import type { Host, Yield } from '../../types';
import { connectLocal, type HttpReply } from '../../net/listeners';
import { resolveHost } from './net';
import { PUBLIC_HOSTS } from '../../net/hosts';

/** An extension's answer: a reply, or how the connection fails (`refused`: nothing listens or a REJECT rule). */
export type HttpHandlerResult = { status: number; body: string; headers?: Record<string, string> } | { error: 'refused' | 'timeout' } | null;

/** HTTP answers for curl and wget: extensions register handlers (the Kubernetes model serves Services and NodePorts). */
export type HttpHandler = (req: { url: URL; host: Host; world: CommandContext['world'] }) => HttpHandlerResult;
export const httpHandlers: HttpHandler[] = [];
export function registerHttpHandler(h: HttpHandler): void {
  httpHandlers.push(h);
}

export interface HttpResponse {
  kind: 'response';
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
  /** The address connected to. */
  addr: string;
  /** `HTTP/1.0` with no headers (Go's answer to plain HTTP on a TLS port); else HTTP/1.1 */
  http10?: boolean;
  /** The TLS session's server certificate, as the client checked it (a node component's port, a public site) */
  tls?: TlsInfo;
  /** ALPN settled on h2 (Go's servers and the public sites over https): `HTTP/2 200`, lower-case header names */
  h2?: boolean;
}

/** What the client does about TLS: curl's -k, --cacert, --cert, --key; wget's --no-check-certificate, --ca-certificate. */
export interface TlsClient {
  verify: boolean;
  cacert?: string;
  cert?: string;
  key?: string;
}

/** The server's certificate, checked against what the client trusts. */
export interface TlsInfo {
  /** subject and issuer common names (`CN=…` in RFC 2253) */
  cn: string;
  issuer: string;
  /** the subject and issuer as OpenSSL's one-line form prints them, when they are more than a common name */
  subjectLine?: string;
  issuerLine?: string;
  /** validity, epoch milliseconds */
  notBefore?: number;
  notAfter?: number;
  /** OpenSSL 3.0's X509_verify_cert_error_string when the chain does not lead to a CA the client trusts */
  verifyError?: string;
  /** the URL's host is none of the certificate's names */
  nameMismatch: boolean;
  /** the certificate has subject alternative names of the URL host's kind (DNS name or IP address) */
  altOfKind: boolean;
}

export type HttpResult =
  | HttpResponse
  /** resolve: the name is unknown; refused: nothing listens; timeout: no answer to the SYN; empty: accepted, closed. */
  | { kind: 'resolve'; addr?: string }
  | { kind: 'refused'; addr?: string }
  | { kind: 'timeout'; addr?: string }
  | { kind: 'empty'; addr?: string }
  /** https to a plain-HTTP port: OpenSSL reads an HTTP answer as a TLS record */
  | { kind: 'tls-plain'; addr: string }
  /** the server ended the TLS session with an alert (a client certificate it requires was not sent) */
  | { kind: 'tls-alert'; addr: string; tls: TlsInfo; alert: string }
  /** the CA file (--cacert) cannot be read */
  | { kind: 'cafile'; addr: string; file: string }
  /** the client certificate or its key cannot be loaded */
  | { kind: 'keyfile'; addr: string; file: string; cert: boolean };

const REASON: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' };

const K8S_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----
Version: GnuPG v2.0.15 (GNU/Linux)

mQENBGMHoXcBCADukGOEQyleViOgtkMVa7hKifP6POCTh+98xNW4TfHK/nBJN2sm
u4XaiUmtB9UuGt9jl8VxQg4hOMRf40coIwHsNwtSrc2R9v5Kgpvcv537QVIigVHH
WMNvXeoZkkoDIUljvbCEDWaEhS9R5OMYKd4AaJ+f1c8OELhEcV2dAQLLyjtnEaF/
qmREN+3Y9+5VcRZvQHeyBxCG+hdUGE740ixgnY2gSqZ/J4YeQntQ6pMUEhT6pbaE
10q2HUierj/im0V+ZUdCh46Lxtv3zsr59h39Aft6Nr3xqMvnTNl2aNBY5V/B53Rs
=oVvQ
-----END PGP PUBLIC KEY BLOCK-----
`;

const response = (status: number, body: string, addr: string, headers: Record<string, string> = {}): HttpResponse => ({
  kind: 'response',
  status,
  reason: REASON[status] ?? '',
  headers: { 'content-length': String(new TextEncoder().encode(body).length), ...headers },
  body,
  addr,
});

/** A registered listener's answer: an HTTP/1.0 server's headers exactly as it sends them. */
const listenerReply = (r: HttpReply, addr: string): HttpResponse =>
  r.http10 ? { kind: 'response', status: r.status, reason: r.reason ?? REASON[r.status] ?? '', headers: r.headers ?? {}, body: r.body, addr, http10: true } : response(r.status, r.body, addr, r.headers);

/** A ClusterIP with a Service but no endpoints: kube-proxy's REJECT rule answers (connection refused). */
function serviceWithoutEndpoints(ctx: CommandContext, ip: string, port: number): boolean {
  const st = ctx.world.ext.get('k8s') as { cluster?: { list(kind: string): { spec?: { clusterIP?: string; ports?: { port: number }[] } }[] } } | undefined;
  const svcs = st?.cluster?.list('Service') ?? [];
  return svcs.some((s) => s.spec?.clusterIP === ip && (s.spec.ports ?? []).some((p) => p.port === port));
}

/** One HTTP request from the current guest (no redirects followed). Time passes as the network takes it. */
export function* httpRequest(ctx: CommandContext, url: URL, tls: TlsClient = { verify: true }): Generator<Yield, HttpResult, unknown> {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // this host itself: what listens here
  const own = host === 'localhost' || host === ctx.host.hostname || host.startsWith('127.') || ctx.host.ifaces.some((i) => i.addr === host);
  if (own) {
    const addr = host === 'localhost' || host === ctx.host.hostname ? '127.0.0.1' : host;
    const l = connectLocal(ctx.world, ctx.host.id, addr, port);
    if (l?.http) return listenerReply(l.http({ method: 'GET', url, headers: {}, from: addr }), addr);
    if (l) return { kind: 'empty', addr };
  }
  // the guests' own daemons: the kubelet, the control plane's containers, kube-proxy (what ss lists on that guest)
  const nodes = (yield { load: () => import('./http-nodes') }) as typeof import('./http-nodes');
  // a program listening on another guest (a server started there): reached from this guest's address on that network
  const there = own ? null : nodes.guestAt(ctx, host, false);
  if (there && there.h !== ctx.host) {
    const l = connectLocal(ctx.world, there.h.id, there.addr, port);
    const net = there.addr.split('.').slice(0, 3).join('.');
    const from = ctx.host.ifaces.find((i) => i.addr.startsWith(net + '.'))?.addr ?? ctx.host.ifaces.find((i) => !i.addr.startsWith('127.'))?.addr;
    if (l?.http) return listenerReply(l.http({ method: 'GET', url, headers: {}, from }), there.addr);
    if (l) return { kind: 'empty', addr: there.addr };
  }
  const comp = nodes.componentAt(ctx, host, own, port);
  if (comp) {
    const { endpointOf } = (yield { load: () => import('../../net/endpoints') }) as typeof import('../../net/endpoints');
    const ep = endpointOf(ctx.world, comp.h, comp.process, port, comp.started);
    if (!ep) return { kind: 'empty', addr: comp.addr };
    const r = nodes.fromEndpoint(ctx, ep, url, host, comp.addr, tls);
    if (r.kind !== 'reply') return r;
    return { ...response(r.status, r.body, comp.addr, r.http10 ? {} : r.headers), ...(r.http10 ? { http10: true, headers: {} } : {}), ...(r.tls ? { tls: r.tls, h2: true } : {}) };
  }
  for (const h of httpHandlers) {
    const r = h({ url, host: ctx.host, world: ctx.world });
    if (!r) continue;
    if ('error' in r) return { kind: r.error, addr: host };
    return response(r.status, r.body, host, r.headers);
  }
  if (own) return { kind: 'refused', addr: host === 'localhost' ? '127.0.0.1' : host };
  const { webGet } = (yield { load: () => import('../../net/web') }) as typeof import('../../net/web');
  const page = webGet(url.href, ctx.world.now);
  if (page) {
    yield { wait: 120 };
    const https = url.protocol === 'https:';
    const cert = https ? (((yield { load: () => import('../../net/web/certs') }) as typeof import('../../net/web/certs')).publicCert(host, ctx.world.now)) : undefined;
    return { kind: 'response', status: page.status, reason: page.reason, headers: page.headers, body: (yield { load: page.body }) as string, addr: PUBLIC_HOSTS[host] ?? host, ...(https ? { h2: true, tls: cert } : {}) };
  }
  if (host === 'pkgs.k8s.io' && url.pathname.endsWith('repomd.xml.key')) return response(200, K8S_KEY, PUBLIC_HOSTS[host]);
  if (host === 'download.docker.com' && url.pathname.endsWith('docker-ce.repo')) {
    const { DOCKER_REPO_FILE } = (yield { load: () => import('../../data/packages') }) as typeof import('../../data/packages');
    return response(200, DOCKER_REPO_FILE, PUBLIC_HOSTS[host]);
  }
  const r = resolveHost(ctx, host);
  if (!r) return { kind: 'resolve' };
  const priv = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|127\.)/.test(r.addr);
  if (priv) {
    if (/^10\.(9[6-9]|10\d|11[01])\./.test(r.addr) && serviceWithoutEndpoints(ctx, r.addr, port)) return { kind: 'refused', addr: r.addr };
    // a machine that is up answers a SYN to a closed port with a reset; no machine there: no answer
    return { kind: r.up && !/^10\.(9[6-9]|10\d|11[01])\./.test(r.addr) ? 'refused' : 'timeout', addr: r.addr };
  }
  // a public server whose answer the world holds no record of (see commands/curl/DIFFERENCES.md): an address
  // gets no answer to its SYN; a name is treated as one the resolver does not know
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { kind: 'timeout', addr: r.addr };
  return { kind: 'resolve' };
}
