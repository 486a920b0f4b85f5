// `kubeadm certs check-expiration` (cmd/kubeadm/app/cmd/certs.go): the node's certificates and their CAs, with
// the expiry, the residual time (apimachinery's ShortHumanDuration) and whether they are managed outside kubeadm.
// The dates are the certificates' own (pki/parse.ts reads the files and the kubeconfigs' embedded certificates);
// renewing signs a new pair with the CA for a year from now (pki/kubeadm.ts) and writes it where the old one was.
import type { CommandContext } from '../../context';
import type { World } from '../../world';
import type { Host } from '../../types';
import { renderRows } from '../format';
import { RENEW_COMMANDS } from './texts';
import { base64, unbase64 } from '../pki/der';
import { firstCert, altNames, nameAttrs, notAfterOf } from '../pki/parse';
import { issueLeaf, leafDefs, CA_FILES, type LeafDef } from '../pki/kubeadm';
import { hostname } from '../host';

const DAY = 24 * 3600_000;
const YEAR = 365 * DAY;
/** The certificates kubeadm manages, by name, with their CA; 1.29 adds the super-admin kubeconfig. */
function certificates(minor: number): [string, string][] {
  const list: [string, string][] = [
    ['admin.conf', 'ca'],
    ['apiserver', 'ca'],
    ['apiserver-etcd-client', 'etcd-ca'],
    ['apiserver-kubelet-client', 'ca'],
    ['controller-manager.conf', 'ca'],
    ['etcd-healthcheck-client', 'etcd-ca'],
    ['etcd-peer', 'etcd-ca'],
    ['etcd-server', 'etcd-ca'],
    ['front-proxy-client', 'front-proxy-ca'],
    ['scheduler.conf', 'ca'],
  ];
  if (minor >= 29) list.push(['super-admin.conf', 'ca']);
  return list;
}

/** Where kubeadm keeps each certificate (a kubeconfig file embeds its client certificate). */
function certFile(name: string): string {
  if (name.endsWith('.conf')) return `/etc/kubernetes/${name}`;
  if (name.startsWith('etcd-')) return `/etc/kubernetes/pki/etcd/${name.slice(5)}.crt`;
  return `/etc/kubernetes/pki/${name}.crt`;
}

/** The certificate's PEM text: the file, or the client certificate a kubeconfig file embeds. */
function certPem(h: Host, name: string): string | null {
  const text = h.fs.read(certFile(name));
  if (typeof text !== 'string') return null;
  if (!name.endsWith('.conf')) return text;
  const data = clientCertData(text);
  const der = data ? unbase64(data) : null;
  return der ? new TextDecoder().decode(der) : null;
}

/** When a certificate kubeadm manages on this host stops being valid, or null when the host has none. */
export function certExpiry(_world: World, h: Host, name: string): number | null {
  if (!h.fs.get('/etc/kubernetes/pki/ca.crt')) return null;
  const pem = certPem(h, name);
  return pem ? notAfterOf(pem) : null;
}

/** The end of validity of the client certificate a kubeconfig text embeds (null without one). */
export function clientCertExpiry(text: string): number | null {
  const data = clientCertData(text);
  const der = data ? unbase64(data) : null;
  return der ? notAfterOf(new TextDecoder().decode(der)) : null;
}

/** The client certificate a kubeconfig embeds (base64 of its PEM). */
export function clientCertData(text: string): string | null {
  return /^\s*client-certificate-data:\s*(\S+)/m.exec(text)?.[1] ?? null;
}

export function shortHumanDuration(ms: number): string {
  const s = Math.trunc(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 60) return `${s}s`;
  const m = Math.trunc(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.trunc(m / 60);
  if (h < 24) return `${h}h`;
  if (h < 24 * 365) return `${Math.trunc(h / 24)}d`;
  return `${Math.trunc(h / 24 / 365)}y`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Go's "Jan 02, 2006 15:04 MST" in UTC. */
function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())}, ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}

/**
 * getInternalCfg (cmd/certs.go): the configuration comes from the cluster when admin.conf gives a client (then an
 * empty line follows); when the cluster does not answer, or without admin.conf, kubeadm's defaults, whose version
 * label is resolved (`defaults` prints that klog line).
 */
export interface ConfigSource {
  apiUp: boolean;
  defaults(): void;
}
function internalCfg(ctx: CommandContext, prefix: string, src: ConfigSource): void {
  if (ctx.host.fs.isFile('/etc/kubernetes/admin.conf')) {
    ctx.out(`[${prefix}] Reading configuration from the cluster...\n[${prefix}] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n`);
    if (src.apiUp) {
      ctx.out('\n');
      return;
    }
    ctx.out(`[${prefix}] Error reading configuration from the Cluster. Falling back to default configuration\n\n`);
  }
  src.defaults();
}

/** Returns the exit code; `minor` is kubeadm's own minor version. */
export function checkExpiration(ctx: CommandContext, minor: number, src: ConfigSource): number {
  const fs = ctx.host.fs;
  const now = ctx.world.now;
  const ca = fs.get('/etc/kubernetes/pki/ca.crt');
  internalCfg(ctx, 'check-expiration', src);
  const hasCert = (name: string) => !!ca && fs.isFile(certFile(name));
  const yn = (b: boolean) => (b ? 'yes' : 'no').padEnd(8);
  const expiry = (name: string) => (hasCert(name) ? certExpiry(ctx.world, ctx.host, name) : null);
  const rows = [['CERTIFICATE', 'EXPIRES', 'RESIDUAL TIME', 'CERTIFICATE AUTHORITY', 'EXTERNALLY MANAGED']];
  for (const [name, auth] of certificates(minor)) {
    const end = expiry(name);
    if (end === null) rows.push([`!MISSING! ${name}`, '', '', '', '']);
    else rows.push([name, stamp(end), shortHumanDuration(end - now), auth, yn(false)]);
  }
  const cas = [['CERTIFICATE AUTHORITY', 'EXPIRES', 'RESIDUAL TIME', 'EXTERNALLY MANAGED']];
  for (const name of ['ca', 'etcd-ca', 'front-proxy-ca']) {
    const text = name === 'ca' || hasCert(name) ? fs.read(certFile(name)) : null;
    const end = typeof text === 'string' ? notAfterOf(text) : null;
    if (end === null) cas.push([`!MISSING! ${name}`, '', '', '']);
    else cas.push([name, stamp(end), shortHumanDuration(end - now), yn(false)]);
  }
  ctx.out(renderRows(rows, 3, 10) + '\n\n' + renderRows(cas, 3, 10) + '\n');
  return 0;
}

/**
 * `kubeadm certs renew NAME|all`: each certificate renewed for a year from now, named by the renewal manager's
 * long name; one kubeadm does not manage on this node is MISSING!; `all` ends with the restart reminder.
 */
export function renew(ctx: CommandContext, minor: number, which: string, src: ConfigSource): number {
  const fs = ctx.host.fs;
  internalCfg(ctx, 'renew', src);
  const hasCert = (name: string) => !!fs.get('/etc/kubernetes/pki/ca.crt') && fs.isFile(certFile(name));
  const long = new Map(RENEW_COMMANDS.map(([n, short]) => [n, short.replace(/^Renew the /, '')]));
  long.set('super-admin.conf', 'certificate embedded in the kubeconfig file for the super-admin');
  const names = which === 'all' ? certificates(minor).map(([n]) => n) : [which];
  const auth = new Map(certificates(minor));
  for (const name of names) {
    const what = long.get(name) ?? name;
    if (!hasCert(name)) {
      ctx.out(`MISSING! ${what}\n`);
      continue;
    }
    renewOne(ctx, name, auth.get(name) as LeafDef['ca']);
    ctx.out(`${what} renewed\n`);
  }
  if (which === 'all')
    ctx.out('\nDone renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.\n');
  return 0;
}

/** Renew one certificate kubeadm manages, as `kubeadm upgrade apply` does for each component it upgrades. */
export function renewCertificate(ctx: CommandContext, minor: number, name: string): void {
  const auth = new Map(certificates(minor)).get(name);
  if (auth && !!ctx.host.fs.get('/etc/kubernetes/pki/ca.crt') && ctx.host.fs.isFile(certFile(name))) renewOne(ctx, name, auth as LeafDef['ca']);
}

/**
 * The renewal manager's RenewUsingLocalCA: a new key and certificate with the old one's subject, names and usages,
 * signed by the CA on disk, for a year from now. A kubeconfig file gets new embedded data: copies made before
 * (~/.kube/config) keep the old pair.
 */
function renewOne(ctx: CommandContext, name: string, ca: LeafDef['ca']): void {
  const fs = ctx.host.fs;
  const old = certPem(ctx.host, name);
  const cert = old ? firstCert(old) : null;
  const caPem = fs.read(`/etc/kubernetes/pki/${CA_FILES[ca]}.crt`);
  if (!cert || typeof caPem !== 'string') return;
  const attrs = nameAttrs(cert.subject);
  const node = hostname(ctx.host);
  const usages = leafDefs({ node, ip: '', minor: 29 }).find((d) => d.name === name)?.usages ?? ['clientAuth'];
  const def: LeafDef = { name, ca, cn: attrs.find(([o]) => o === '2.5.4.3')?.[1] ?? '', o: attrs.find(([o]) => o === '2.5.4.10')?.[1], usages, ...altNames(cert) };
  const pair = issueLeaf(ctx.world.seed, node, def, caPem, ctx.world.now);
  if (!pair) return;
  const file = certFile(name);
  if (!name.endsWith('.conf')) {
    fs.write(file, pair.cert, false, 0o644);
    fs.write(file.replace(/\.crt$/, '.key'), pair.key, false, 0o600);
    return;
  }
  const text = String(fs.read(file));
  const b64 = (t: string) => base64(new TextEncoder().encode(t));
  const next = text.replace(/^(\s*client-certificate-data:\s*)\S+/m, `$1${b64(pair.cert)}`).replace(/^(\s*client-key-data:\s*)\S+/m, `$1${b64(pair.key)}`);
  fs.write(file, next, false, 0o600);
}
