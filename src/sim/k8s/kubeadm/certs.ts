// `kubeadm certs check-expiration` (cmd/kubeadm/app/cmd/certs.go): the node's certificates and their CAs, with
// the expiry, the residual time (apimachinery's ShortHumanDuration) and whether they are managed outside kubeadm.
// Certificates are issued when kubeadm writes the CA: leaves for a year, CAs for ten (kubeadm's constants).
import type { CommandContext } from '../../context';
import type { World } from '../../world';
import type { Host } from '../../types';
import { defineSlot } from '../../world';
import { renderRows } from '../format';
import { RENEW_COMMANDS } from './texts';

/** When `kubeadm certs renew` last renewed each certificate, by host: a renewed leaf expires a year after. */
const RENEWED = defineSlot('kubeadm-renewed', () => ({}) as Record<string, Record<string, number>>);

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

/** When a certificate kubeadm manages on this host stops being valid, or null when the host has none. */
export function certExpiry(world: World, h: Host, name: string): number | null {
  const ca = h.fs.get('/etc/kubernetes/pki/ca.crt');
  if (!ca || !h.fs.isFile(certFile(name))) return null;
  return (world.slot(RENEWED)[h.id]?.[name] ?? ca.mtime) + YEAR;
}

/** The client certificate a kubeconfig embeds, as the simulator writes it: a new one for each renewal. */
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
  const issued = ca?.mtime ?? now;
  const hasCert = (name: string) => !!ca && fs.isFile(certFile(name));
  const yn = (b: boolean) => (b ? 'yes' : 'no').padEnd(8);
  const rows = [['CERTIFICATE', 'EXPIRES', 'RESIDUAL TIME', 'CERTIFICATE AUTHORITY', 'EXTERNALLY MANAGED']];
  for (const [name, auth] of certificates(minor)) {
    if (!hasCert(name)) rows.push([`!MISSING! ${name}`, '', '', '', '']);
    else {
      const from = ctx.world.slot(RENEWED)[ctx.host.id]?.[name] ?? issued;
      rows.push([name, stamp(from + YEAR), shortHumanDuration(from + YEAR - now), auth, yn(false)]);
    }
  }
  const cas = [['CERTIFICATE AUTHORITY', 'EXPIRES', 'RESIDUAL TIME', 'EXTERNALLY MANAGED']];
  for (const name of ['ca', 'etcd-ca', 'front-proxy-ca']) {
    const exists = name === 'ca' ? !!ca : hasCert(name);
    if (!exists) cas.push([`!MISSING! ${name}`, '', '', '']);
    else cas.push([name, stamp(issued + 10 * YEAR), shortHumanDuration(issued + 10 * YEAR - now), yn(false)]);
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
  const renewed = (ctx.world.slot(RENEWED)[ctx.host.id] ??= {});
  for (const name of names) {
    const what = long.get(name) ?? name;
    if (!hasCert(name)) {
      ctx.out(`MISSING! ${what}\n`);
      continue;
    }
    renewed[name] = ctx.world.now;
    // a kubeconfig file gets a new client certificate: copies made before (~/.kube/config) keep the old one
    const file = certFile(name);
    const text = name.endsWith('.conf') ? fs.read(file) : null;
    const data = typeof text === 'string' ? clientCertData(text) : null;
    if (data) fs.write(file, String(text).replace(data, `${data.replace(/\.\.\.$/, '').replace(/-r\d+$/, '')}-r${ctx.world.now}...`), false, 0o600);
    ctx.out(`${what} renewed\n`);
  }
  if (which === 'all')
    ctx.out('\nDone renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.\n');
  return 0;
}
