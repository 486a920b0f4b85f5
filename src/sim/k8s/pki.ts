/**
 * /etc/kubernetes/pki as kubeadm leaves it. On a control plane: the certificates and keys of the [certs] phase
 * (cmd/kubeadm/app/phases/certs: ca, apiserver, apiserver-kubelet-client, front-proxy-ca, front-proxy-client,
 * etcd/ca, etcd/server, etcd/peer, etcd/healthcheck-client, apiserver-etcd-client, the sa key pair); certificates
 * are written 0644 and keys 0600 (client-go's certutil.WriteCert / keyutil.WriteKey; sa.pub goes through WriteKey
 * too). On a worker kubeadm join writes only ca.crt, from the cluster-info ConfigMap.
 */
import type { Host } from '../types';

const PEM = '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n';
const PAIRS = ['ca', 'apiserver', 'apiserver-kubelet-client', 'front-proxy-ca', 'front-proxy-client', 'etcd/ca', 'etcd/server', 'etcd/peer', 'etcd/healthcheck-client', 'apiserver-etcd-client'];

export function writeWorkerPki(h: Host): void {
  h.fs.mkdir('/etc/kubernetes/pki', true);
  h.fs.write('/etc/kubernetes/pki/ca.crt', PEM);
}

/** `dir`: the certificate folder (a dry run's temporary folder instead of /etc/kubernetes/pki) */
export function writeControlPlanePki(h: Host, dir = '/etc/kubernetes/pki'): void {
  h.fs.mkdir(`${dir}/etcd`, true);
  for (const p of PAIRS) {
    h.fs.write(`${dir}/${p}.crt`, PEM, false, 0o644);
    h.fs.write(`${dir}/${p}.key`, '-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n', false, 0o600);
  }
  h.fs.write(`${dir}/sa.key`, '-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n', false, 0o600);
  h.fs.write(`${dir}/sa.pub`, '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n', false, 0o600);
}
