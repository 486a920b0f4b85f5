// Port names as ss and netstat print them unless -n.

/** /etc/services of Rocky 9 (setup) for the ports the guests use. */
export const SERVICES: Record<string, Record<number, string>> = {
  tcp: { 22: 'ssh', 111: 'sunrpc', 2379: 'etcd-client', 2380: 'etcd-server', 6443: 'sun-sr-https' },
  udp: { 111: 'sunrpc', 323: 'rpki-rtr' },
};
