/**
 * The API server binds *:6443, so on the control-plane node it also answers on the loopback address; its serving
 * certificate (kubeadm: the service IP and the advertise address, the kubernetes names and the node's) does not
 * name it, and the client refuses the connection as crypto/x509's HostnameError words it: "x509: certificate is
 * valid for <the IP SANs, or the DNS SANs for a name>, not <host>", behind crypto/tls's "tls: failed to verify
 * certificate: ".
 */
import { leafDefs } from './pki/kubeadm';
import { firstServiceIp } from './pki';

export function loopbackTlsFailure(node: string, ip: string, serviceCidr: string, server: string): string | null {
  const m = /^(?:https:\/\/)?(127\.0\.0\.1|localhost|\[::1\]):6443\/?$/.exec(server);
  if (!m) return null;
  const api = leafDefs({ node, ip, minor: 28, serviceIp: firstServiceIp(serviceCidr) }).find((d) => d.name === 'apiserver')!;
  const host = m[1] === '[::1]' ? '::1' : m[1];
  const valid = host === 'localhost' ? api.dns! : api.ips!;
  return `tls: failed to verify certificate: x509: certificate is valid for ${valid.join(', ')}, not ${host}`;
}
