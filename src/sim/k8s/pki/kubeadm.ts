// The certificates kubeadm 1.28/1.29 writes, as its sources make them: cmd/kubeadm/app/phases/certs/certlist.go
// (names, common names, organizations, usages), util/pkiutil/pki_helpers.go (a CA is backdated by
// CertificateBackdate, 5 minutes, and valid ten years from now through client-go's NewSelfSignedCACert, which
// also names the CA's common name as its DNS name; a leaf starts when its CA does and ends CertificateValidity,
// 365 days, from now; serials are random below 2^63; RSA 2048 keys; duplicate DNS names dropped and the rest
// sorted), GetAPIServerAltNames / getAltNames (the SANs), and phases/kubeconfig (the client certificates the
// kubeconfig files embed). The kubelet's own pair, /var/lib/kubelet/pki/kubelet.crt, is client-go's
// GenerateSelfSignedCertKey (`<host>@<unix>` signed by `<host>-ca@<unix>`, both from an hour back for a year,
// serials 2 and 1, the pair and its CA in one file); its client certificate comes from the cluster's CSR signer
// (an EC P-256 key, `system:node:<name>` in `system:nodes`, a 128-bit serial, backdated 5 minutes, a year) with
// the usages its request asked for: a joining kubelet's TLS bootstrap asks for digital signature, key encipherment
// and client auth (pkg/kubelet/certificate/bootstrap); the control plane's kubelet, started with kubeadm's
// kubelet.conf, gets its file from the certificate manager's rotation, which asks an EC key's digital signature and
// client auth only (client-go util/certificate).
//
// Every random part (keys, serials, signatures) is derived from the world's seed, the node, the certificate's
// name and the time it was issued: the same world writes the same PKI.
import { pem, type Bytes } from './der';
import { buildCert, ecKey, encodeName, KU, rsaKey, serialOf, subjectKeyId, type CertSpec, type Name } from './x509';
import { parseCert, subjectKeyIdOf } from './parse';
import { pemBlocks } from './der';

const DAY = 24 * 3600_000;
const YEAR = 365 * DAY;
const BACKDATE = 5 * 60_000;

export interface PkiOptions {
  seed: number;
  node: string;
  ip: string;
  /** when kubeadm issues them */
  now: number;
  /** kubeadm's minor version (1.29 moves admin.conf to kubeadm:cluster-admins and adds super-admin.conf) */
  minor: number;
  /** the first address of the service CIDR (10.96.0.1 by default) */
  serviceIp?: string;
}

export interface LeafDef {
  /** kubeadm's name for it (check-expiration's, e.g. etcd-server, admin.conf) */
  name: string;
  ca: 'ca' | 'etcd-ca' | 'front-proxy-ca';
  cn: string;
  o?: string;
  usages: ('serverAuth' | 'clientAuth')[];
  dns?: string[];
  ips?: string[];
}

export const CA_FILES: Record<LeafDef['ca'], string> = { ca: 'ca', 'etcd-ca': 'etcd/ca', 'front-proxy-ca': 'front-proxy-ca' };
const CA_CN: Record<LeafDef['ca'], string> = { ca: 'kubernetes', 'etcd-ca': 'etcd-ca', 'front-proxy-ca': 'front-proxy-ca' };

/** The certificate files kubeadm signs, by check-expiration name. */
export function leafDefs(o: Pick<PkiOptions, 'node' | 'ip' | 'minor' | 'serviceIp'>): LeafDef[] {
  const masters = o.minor >= 29 ? 'kubeadm:cluster-admins' : 'system:masters';
  const etcdAlt = { dns: ['localhost', o.node].sort(), ips: [o.ip, '127.0.0.1', '::1'] };
  const apiDns = [o.node, 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local'].sort();
  const defs: LeafDef[] = [
    { name: 'apiserver', ca: 'ca', cn: 'kube-apiserver', usages: ['serverAuth'], dns: apiDns, ips: [o.serviceIp ?? '10.96.0.1', o.ip] },
    { name: 'apiserver-kubelet-client', ca: 'ca', cn: 'kube-apiserver-kubelet-client', o: masters, usages: ['clientAuth'] },
    { name: 'front-proxy-client', ca: 'front-proxy-ca', cn: 'front-proxy-client', usages: ['clientAuth'] },
    { name: 'etcd-server', ca: 'etcd-ca', cn: o.node, usages: ['serverAuth', 'clientAuth'], ...etcdAlt },
    { name: 'etcd-peer', ca: 'etcd-ca', cn: o.node, usages: ['serverAuth', 'clientAuth'], ...etcdAlt },
    { name: 'etcd-healthcheck-client', ca: 'etcd-ca', cn: 'kube-etcd-healthcheck-client', o: 'system:masters', usages: ['clientAuth'] },
    { name: 'apiserver-etcd-client', ca: 'etcd-ca', cn: 'kube-apiserver-etcd-client', o: 'system:masters', usages: ['clientAuth'] },
    { name: 'admin.conf', ca: 'ca', cn: 'kubernetes-admin', o: masters, usages: ['clientAuth'] },
    { name: 'kubelet.conf', ca: 'ca', cn: `system:node:${o.node}`, o: 'system:nodes', usages: ['clientAuth'] },
    { name: 'controller-manager.conf', ca: 'ca', cn: 'system:kube-controller-manager', usages: ['clientAuth'] },
    { name: 'scheduler.conf', ca: 'ca', cn: 'system:kube-scheduler', usages: ['clientAuth'] },
  ];
  if (o.minor >= 29) defs.push({ name: 'super-admin.conf', ca: 'ca', cn: 'kubernetes-super-admin', o: 'system:masters', usages: ['clientAuth'] });
  return defs;
}

/** Where a leaf lives under the certificate folder (null for the ones a kubeconfig file embeds). */
export function leafFile(name: string): string | null {
  if (name.endsWith('.conf')) return null;
  return name.startsWith('etcd-') ? `etcd/${name.slice(5)}` : name;
}

export interface Issued {
  cert: string;
  key: string;
}

const label = (seed: number, node: string, name: string, at: number) => `kubeadm/${seed}/${node}/${name}/${at}`;
const nameOf = (cn: string, o?: string): Name => (o ? [['O', o], ['CN', cn]] : [['CN', cn]]);

/** A CA as kubeadm makes it at `now`. */
export function issueCA(seed: number, node: string, ca: LeafDef['ca'], now: number): Issued {
  const l = label(seed, node, ca, now);
  const key = rsaKey(l);
  const cn = CA_CN[ca];
  const spec: CertSpec = { serial: serialOf(l), subject: nameOf(cn), notBefore: now - BACKDATE, notAfter: now + 10 * YEAR, key, isCA: true, keyUsage: KU.digitalSignature | KU.keyEncipherment | KU.certSign, dns: [cn] };
  return { cert: pem('CERTIFICATE', buildCert(spec)), key: pem(key.privateLabel, key.privateDer) };
}

/** A leaf signed by the CA certificate `caPem` at `now` (null when that is not a certificate). */
export function issueLeaf(seed: number, node: string, def: LeafDef, caPem: string, now: number): Issued | null {
  const der = pemBlocks(caPem).find((b) => b.label === 'CERTIFICATE')?.der;
  const ca = der ? parseCert(der) : null;
  const ski = ca ? subjectKeyIdOf(ca) : null;
  if (!ca || !ski) return null;
  const l = label(seed, node, def.name, now);
  const key = rsaKey(l);
  const spec: CertSpec = {
    serial: serialOf(l),
    subject: nameOf(def.cn, def.o),
    issuer: { name: ca.subject, ski },
    notBefore: ca.notBefore,
    notAfter: now + YEAR,
    key,
    isCA: false,
    keyUsage: KU.digitalSignature | KU.keyEncipherment,
    extKeyUsage: def.usages,
    dns: def.dns,
    ips: def.ips,
  };
  return { cert: pem('CERTIFICATE', buildCert(spec)), key: pem(key.privateLabel, key.privateDer) };
}

/** The service-account key pair (sa.key, sa.pub: a PKIX public key). */
export function serviceAccountKeys(seed: number, node: string, now: number): { key: string; pub: string } {
  const k = rsaKey(label(seed, node, 'sa', now));
  return { key: pem(k.privateLabel, k.privateDer), pub: pem('PUBLIC KEY', k.spki) };
}

/** The kubelet's self-signed serving pair (kubelet.crt holds the certificate and then its CA). */
export function kubeletServing(seed: number, node: string, now: number): Issued {
  const from = Math.floor(now / 1000) * 1000 - 3600_000;
  const unix = Math.floor(now / 1000);
  const caKey = rsaKey(label(seed, node, 'kubelet-ca', now));
  const caCert = buildCert({ serial: Uint8Array.of(1), subject: [['CN', `${node}-ca@${unix}`]], notBefore: from, notAfter: from + YEAR, key: caKey, isCA: true, keyUsage: KU.digitalSignature | KU.keyEncipherment | KU.certSign });
  const key = rsaKey(label(seed, node, 'kubelet', now));
  const cert = buildCert({
    serial: Uint8Array.of(2),
    subject: [['CN', `${node}@${unix}`]],
    issuer: { name: encodeName([['CN', `${node}-ca@${unix}`]]), ski: subjectKeyId(caKey) },
    notBefore: from,
    notAfter: from + YEAR,
    key,
    isCA: false,
    keyUsage: KU.digitalSignature | KU.keyEncipherment,
    extKeyUsage: ['serverAuth'],
    dns: [node],
  });
  return { cert: pem('CERTIFICATE', cert) + pem('CERTIFICATE', caCert), key: pem(key.privateLabel, key.privateDer) };
}

/** The kubelet's client certificate from the cluster's signer, and its key, in one file (kubelet-client-*.pem). */
export function kubeletClient(seed: number, node: string, caPem: string, now: number, bootstrap: boolean): string | null {
  const der = pemBlocks(caPem).find((b) => b.label === 'CERTIFICATE')?.der;
  const ca = der ? parseCert(der) : null;
  const ski = ca ? subjectKeyIdOf(ca) : null;
  if (!ca || !ski) return null;
  const l = label(seed, node, 'kubelet-client', now);
  const key = ecKey(l);
  const cert = buildCert({
    serial: serialOf(l, 16),
    subject: nameOf(`system:node:${node}`, 'system:nodes'),
    issuer: { name: ca.subject, ski },
    notBefore: now - BACKDATE,
    notAfter: Math.min(now + YEAR, ca.notAfter),
    key,
    isCA: false,
    keyUsage: bootstrap ? KU.digitalSignature | KU.keyEncipherment : KU.digitalSignature,
    extKeyUsage: ['clientAuth'],
  });
  return pem('CERTIFICATE', cert) + pem(key.privateLabel, key.privateDer);
}

export type { Bytes };
