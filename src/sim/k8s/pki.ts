/**
 * /etc/kubernetes/pki as kubeadm leaves it. On a control plane: the certificates and keys of the [certs] phase
 * (cmd/kubeadm/app/phases/certs: ca, apiserver, apiserver-kubelet-client, front-proxy-ca, front-proxy-client,
 * etcd/ca, etcd/server, etcd/peer, etcd/healthcheck-client, apiserver-etcd-client, the sa key pair); certificates
 * are written 0644 and keys 0600 (client-go's certutil.WriteCert / keyutil.WriteKey; sa.pub goes through WriteKey
 * too). On a worker kubeadm join writes only ca.crt, from the cluster-info ConfigMap. The certificates themselves
 * are DER X.509 in PEM (pki/kubeadm.ts); the kubeconfig files embed the CA and their client pair in base64.
 */
import type { Host } from '../types';
import { base64 } from './pki/der';
import { firstCert } from './pki/parse';
import { DIGESTS } from '../commands/coreutils/md5sum/digest';
import { CA_FILES, issueCA, issueLeaf, kubeletClient, kubeletServing, leafDefs, leafFile, serviceAccountKeys, type Issued, type PkiOptions } from './pki/kubeadm';

export type { PkiOptions };

/** The first address of a service CIDR (the API server's ClusterIP, kubeadm's GetAPIServerVirtualIP). */
export function firstServiceIp(cidr = '10.96.0.0/12'): string {
  const [a, b, c, d] = cidr.split('/')[0].split('.').map(Number);
  return `${a}.${b}.${c}.${d + 1}`;
}

const b64 = (s: string) => base64(new TextEncoder().encode(s));

export function writeWorkerPki(h: Host, caPem: string): void {
  h.fs.mkdir('/etc/kubernetes/pki', true);
  h.fs.write('/etc/kubernetes/pki/ca.crt', caPem);
}

/**
 * kubeadm's --discovery-token-ca-cert-hash value for a CA (pubkeypin.Hash): the SHA-256 of its
 * SubjectPublicKeyInfo, in hex (what `openssl x509 -pubkey … | openssl rsa -pubin -outform der | openssl dgst
 * -sha256` gives). null when the text holds no certificate.
 */
export function caCertHash(caPem: string): string | null {
  const c = firstCert(caPem);
  return c ? DIGESTS.sha256(c.spki) : null;
}

type CmStore = { get(kind: string, ns: string | undefined, name: string): { data?: Record<string, string> } | undefined; list?(kind: string): { metadata: { name: string }; data?: Record<string, string> }[] };

/**
 * The cluster-info ConfigMap's kubeconfig (kube-public) gets the CA it publishes, as kubeadm's bootstrap-token phase
 * writes it; every namespace's kube-root-ca.crt holds the same CA (the controller manager's root-ca-cert-publisher
 * copies its --root-ca-file, /etc/kubernetes/pki/ca.crt).
 */
export function publishCA(c: CmStore, caPem: string): void {
  const cm = c.get('ConfigMap', 'kube-public', 'cluster-info');
  if (cm?.data?.kubeconfig) cm.data.kubeconfig = cm.data.kubeconfig.replace(/certificate-authority-data: \S+/, `certificate-authority-data: ${b64(caPem)}`);
  for (const root of c.list?.('ConfigMap') ?? []) if (root.metadata.name === 'kube-root-ca.crt') root.data = { ...root.data, 'ca.crt': caPem };
}

/** `dir`: the certificate folder (a dry run's temporary folder instead of /etc/kubernetes/pki) */
export function writeControlPlanePki(h: Host, o: PkiOptions, dir = '/etc/kubernetes/pki'): void {
  h.fs.mkdir(`${dir}/etcd`, true);
  const put = (base: string, p: Issued) => {
    h.fs.write(`${dir}/${base}.crt`, p.cert, false, 0o644);
    h.fs.write(`${dir}/${base}.key`, p.key, false, 0o600);
  };
  // the order of kubeadm's certificate list: each CA before the leaves it signs
  const cas = new Map<string, string>();
  const ca = (name: keyof typeof CA_FILES) => {
    const p = issueCA(o.seed, o.node, name, o.now);
    cas.set(name, p.cert);
    put(CA_FILES[name], p);
  };
  const leaf = (name: string) => {
    const def = leafDefs(o).find((d) => d.name === name)!;
    const p = issueLeaf(o.seed, o.node, def, cas.get(def.ca)!, o.now);
    if (p) put(leafFile(name)!, p);
  };
  ca('ca');
  leaf('apiserver');
  leaf('apiserver-kubelet-client');
  ca('front-proxy-ca');
  leaf('front-proxy-client');
  ca('etcd-ca');
  for (const n of ['etcd-server', 'etcd-peer', 'etcd-healthcheck-client', 'apiserver-etcd-client']) leaf(n);
  const sa = serviceAccountKeys(o.seed, o.node, o.now);
  h.fs.write(`${dir}/sa.key`, sa.key, false, 0o600);
  h.fs.write(`${dir}/sa.pub`, sa.pub, false, 0o600);
}

/** The client pair kubeadm embeds in a kubeconfig file (`name`: admin.conf, kubelet.conf…), from the CA in `dir`. */
export function kubeconfigCredentials(h: Host, o: PkiOptions, name: string, dir = '/etc/kubernetes/pki'): { ca: string; pair: Issued } | null {
  const ca = h.fs.read(`${dir}/ca.crt`);
  const def = leafDefs(o).find((d) => d.name === name);
  if (typeof ca !== 'string' || !def) return null;
  const pair = issueLeaf(o.seed, o.node, def, ca, o.now);
  return pair ? { ca, pair } : null;
}

/** A kubeconfig file as kubeadm writes it (clientcmd's YAML), with embedded certificates when it has them. */
export function kubeconfigYaml(server: string, user: string, creds: { ca: string; pair: Issued } | null): string {
  const caData = creds ? b64(creds.ca) : 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==';
  const userData = creds ? `    client-certificate-data: ${b64(creds.pair.cert)}\n    client-key-data: ${b64(creds.pair.key)}\n` : '';
  return `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${caData}\n    server: ${server}\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: ${user}\n  name: ${user}@kubernetes\ncurrent-context: ${user}@kubernetes\nkind: Config\npreferences: {}\nusers:\n- name: ${user}\n  user:\n${userData}`;
}

const KUBELET_PEM = '/var/lib/kubelet/pki/kubelet-client-current.pem';

/** kubeadm's kubelet-finalize phase: kubelet.conf's user points at the kubelet's rotating client pair. */
export function finalizeKubeletConf(text: string): string {
  return text.replace(/^( +)client-certificate-data: \S+\n +client-key-data: \S+\n/m, `$1client-certificate: ${KUBELET_PEM}\n$1client-key: ${KUBELET_PEM}\n`);
}

/** The kubeconfig a joining kubelet writes after its TLS bootstrap (pkg/kubelet/certificate/bootstrap). */
export function bootstrappedKubeletConf(server: string, caPem: string): string {
  return `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(caPem)}\n    server: ${server}\n  name: default-cluster\ncontexts:\n- context:\n    cluster: default-cluster\n    namespace: default\n    user: default-auth\n  name: default-context\ncurrent-context: default-context\nkind: Config\npreferences: {}\nusers:\n- name: default-auth\n  user:\n    client-certificate: ${KUBELET_PEM}\n    client-key: ${KUBELET_PEM}\n`;
}

/**
 * The kubelet's /var/lib/kubelet/pki: its self-signed serving pair and its client certificate from the cluster CA
 * (`bootstrap`: a joining node's TLS bootstrap; otherwise the control plane's first rotation).
 */
export function writeKubeletPki(h: Host, o: { seed: number; node: string; now: number }, caPem: string, bootstrap = false): void {
  const dir = '/var/lib/kubelet/pki';
  h.fs.mkdir(dir, true);
  const serving = kubeletServing(o.seed, o.node, o.now);
  h.fs.write(`${dir}/kubelet.crt`, serving.cert, false, 0o644);
  h.fs.write(`${dir}/kubelet.key`, serving.key, false, 0o600);
  const client = kubeletClient(o.seed, o.node, caPem, o.now, bootstrap);
  if (!client) return;
  const d = new Date(o.now).toISOString().slice(0, 19).replace(/[T:]/g, '-');
  h.fs.write(`${dir}/kubelet-client-${d}.pem`, client, false, 0o600);
  h.fs.symlink(`${dir}/kubelet-client-${d}.pem`, `${dir}/kubelet-client-current.pem`);
}
