/**
 * The kubelet's serving certificate from the cluster (serverTLSBootstrap: true in /var/lib/kubelet/config.yaml, which
 * kubeadm does not set): once the kubelet runs with it, its certificate manager posts a kubernetes.io/kubelet-serving
 * CSR for system:node:<name> with the node's hostname and address as alternative names
 * (pkg/kubelet/certificate/kubelet.go; usages digital signature and server auth for its P-256 key). Nothing approves
 * it automatically; while it waits, the manager gives up after certificateWaitTimeout (15 minutes) and posts a new one
 * (client-go util/certificate; the retry's back-off of a few seconds is left out), and it only takes the certificate of
 * the request it waits on. Once one is issued, the kubelet writes kubelet-server-<time>.pem (certificate and key)
 * with kubelet-server-current.pem pointing at it, and asks no more.
 */
import type { Cluster } from '../cluster';
import type { Host } from '../../types';
import type { Obj } from '../objects';
import { KUBELET_SERVING, addKubeletCsr } from './csr';
import { ecPrivateKey, pem } from '../pki/csr';

const WAIT = 15 * 60_000;
const DIR = '/var/lib/kubelet/pki';

/**
 * The certificate store's files of an issued serving CSR (client-go util/certificate/certificate_store.go):
 * kubelet-server-<time>.pem holding the certificate and the key, 0600, and kubelet-server-current.pem pointing at it.
 */
function installServingCert(h: Host, o: Obj, t: number): void {
  const file = `${DIR}/kubelet-server-${new Date(t).toISOString().slice(0, 19).replace(/[T:]/g, '-')}.pem`;
  h.fs.mkdir(DIR, true);
  h.fs.write(file, atob(o.status.certificate) + pem('EC PRIVATE KEY', ecPrivateKey(`key/${o.metadata.uid}`)), false, 0o600);
  h.fs.remove(`${DIR}/kubelet-server-current.pem`);
  h.fs.symlink(file, `${DIR}/kubelet-server-current.pem`);
}

/** whether the kubelet running now on the host was started with serverTLSBootstrap on */
function bootstraps(h: Host, since: number): boolean {
  const f = h.fs.get('/var/lib/kubelet/config.yaml');
  const text = h.fs.read('/var/lib/kubelet/config.yaml');
  return !!f && typeof text === 'string' && /^serverTLSBootstrap:\s*true\s*$/m.test(text) && f.mtime <= since;
}

/** Brings a node's serving CSRs and its certificate file up to now (the kubelet runs, since `since`). */
export function servingCsrs(c: Cluster, h: Host, node: string, ip: string, since: number, now: number): void {
  if (!c.initialized || !c.apiserverUp || !bootstraps(h, since) || h.fs.exists(`${DIR}/kubelet-server-current.pem`)) return;
  const user = `system:node:${node}`;
  const mine = c.list('CertificateSigningRequest').filter((o) => o.spec?.signerName === KUBELET_SERVING && o.spec?.username === user && o.metadata.creationTimestamp >= since);
  // the kubelet waits on its latest request only: an older one approved after it gave up is not used
  const last = mine.sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp).pop();
  const issued = last?.status?.certificate && now - last.metadata.creationTimestamp < WAIT ? last : undefined;
  if (issued) return installServingCert(h, issued, c.t);
  // the first request as the kubelet starts, then a new one each time the last has waited its 15 minutes
  let at = last ? last.metadata.creationTimestamp + WAIT : Math.max(since, c.t);
  for (; at <= now; at += WAIT) addKubeletCsr(c, node, user, ['system:nodes', 'system:authenticated'], { dnsNames: [node], ipAddresses: [ip] }, at);
}
