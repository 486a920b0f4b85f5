// Connections from a guest to the daemons of a guest (itself or another node of the lab): the socket ss lists there
// decides whether anything answers, net/endpoints.ts what a node component answers, this module how TLS goes for
// curl and wget (certificate checks, client certificates). Loaded by http.ts with each request.
import type { CommandContext } from '../../context';
import type { Host } from '../../types';
import type { Endpoint, Reply } from '../../net/endpoints';
import type { HttpResponse, HttpResult, TlsClient, TlsInfo } from './http';
import { resolveHost } from './net';
import { processes } from './procs';
import { sockets } from './sockets';
import { readPath } from './files';

/** The guest an address belongs to (this one for localhost, its name and its addresses), and the address. */
export function guestAt(ctx: CommandContext, host: string, own: boolean): { h: Host; addr: string } | null {
  if (own) return { h: ctx.host, addr: host === 'localhost' || host === ctx.host.hostname ? '127.0.0.1' : host };
  const r = resolveHost(ctx, host);
  if (!r) return null;
  for (const h of ctx.world.hosts.values()) if (h.sys && h.up && h.ifaces.some((i) => i.addr === r.addr && i.name !== 'eth0')) return { h, addr: r.addr };
  return null;
}

/** The node component (kubelet, control plane, kube-proxy) whose listening socket a connection to host:port reaches. */
export function componentAt(ctx: CommandContext, host: string, own: boolean, port: number): { h: Host; addr: string; process: string; started: number } | null {
  const g = guestAt(ctx, host, own);
  if (!g) return null;
  const { h, addr } = g;
  const there = h === ctx.host ? ctx : (Object.create(ctx, { host: { value: h } }) as CommandContext);
  const local = h === ctx.host && addr.startsWith('127.');
  for (const s of sockets(there)) {
    if (s.proto !== 'tcp' || s.state !== 'LISTEN' || s.port !== port) continue;
    const reaches = s.local === '*' || s.local === '0.0.0.0' || s.local === '[::]' || s.local === addr || (local && s.local.startsWith('127.'));
    if (!reaches) continue;
    const [name, pid] = s.users[0];
    if (!['kubelet', 'kube-apiserver', 'etcd', 'kube-controller', 'kube-scheduler', 'kube-proxy'].includes(name)) return null;
    return { h, addr, process: name, started: processes(there).find((p) => p.pid === pid)?.start ?? ctx.world.now };
  }
  return null;
}

const CLUSTER_CA = '/etc/kubernetes/pki/ca.crt';
const ETCD_CA = '/etc/kubernetes/pki/etcd/ca.crt';

/** A connection to a node component: TLS as the client sees it, then the component's answer. */
export function fromEndpoint(ctx: CommandContext, ep: Endpoint, url: URL, host: string, addr: string, tls: TlsClient): Exclude<HttpResult, HttpResponse> | (Reply & { kind: 'reply'; tls?: TlsInfo }) {
  const wrap = (r: Reply, info?: TlsInfo) => ({ kind: 'reply' as const, ...r, ...(info ? { tls: info } : {}) });
  const https = url.protocol === 'https:';
  if (!ep.tls) return https ? { kind: 'tls-plain', addr } : wrap(ep.get(url));
  if (!https) return wrap({ status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n', http10: true });
  const cert = ep.tls;
  let trusted = false;
  if (tls.verify && tls.cacert !== undefined) {
    const p = ctx.resolve(tls.cacert);
    const text = readPath(ctx, p);
    if (text === 'ENOENT' || text === 'EACCES' || text === 'EISDIR') return { kind: 'cafile', addr, file: tls.cacert };
    const real = ctx.host.fs.realpath(p);
    const path = typeof real === 'string' ? real : p;
    // every file of the model's PKI holds the same text: the path says which CA a file is (a copy named ca.crt is the cluster's)
    trusted = path === cert.caFile || (cert.caFile === CLUSTER_CA && path !== ETCD_CA && ctx.host.fs.basename(path) === 'ca.crt');
  }
  if (tls.cert !== undefined) {
    const c = readPath(ctx, ctx.resolve(tls.cert));
    if (c === 'ENOENT' || c === 'EACCES' || c === 'EISDIR') return { kind: 'keyfile', addr, file: tls.cert, cert: true };
    const keyFile = tls.key ?? tls.cert;
    const k = readPath(ctx, ctx.resolve(keyFile));
    if (k === 'ENOENT' || k === 'EACCES' || k === 'EISDIR' || !/PRIVATE KEY/.test(k)) return { kind: 'keyfile', addr, file: keyFile, cert: false };
  }
  const ip = /^[\d.]+$/.test(host) || host.includes(':');
  const info: TlsInfo = {
    cn: cert.cn,
    issuer: cert.issuer,
    verifyError: trusted ? undefined : cert.selfSignedChain ? 'self-signed certificate in certificate chain' : 'unable to get local issuer certificate',
    nameMismatch: !(ip ? cert.ips.includes(host) : cert.dns.includes(host.toLowerCase())),
    altOfKind: (ip ? cert.ips : cert.dns).length > 0,
  };
  if (ep.clientCerts) {
    const given = tls.cert === undefined ? '' : ctx.resolve(tls.cert);
    if (!ep.clientCerts.includes(given)) return { kind: 'tls-alert', addr, tls: info, alert: 'error:0A00045C:SSL routines::tlsv13 alert certificate required' };
  }
  return wrap(ep.get(url), info);
}

