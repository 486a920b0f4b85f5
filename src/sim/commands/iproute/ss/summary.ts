// `ss -s`'s text: print_summary() of iproute2 6.2 misc/ss.c over the counters it reads.
/** The /proc/net/sockstat(6) fields print_summary() reads, and Tcp CurrEstab of /proc/net/snmp. */
export interface SockStat {
  socks: number;
  tcp4: number;
  tcp6: number;
  orphans: number;
  tws: number;
  tcpAlloc: number;
  estab: number;
  udp4: number;
  udp6: number;
  raw4: number;
  raw6: number;
  frag4: number;
  frag6: number;
}

/** print_summary() of iproute2 6.2 misc/ss.c. */
export function summaryText(s: SockStat): string {
  const row = (name: string, a: number, b: number) => `${name}\t  ${String(a + b).padEnd(9)} ${String(a).padEnd(9)} ${String(b).padEnd(9)}\n`;
  return (
    `Total: ${s.socks}\n` +
    `TCP:   ${s.tcpAlloc + s.tws} (estab ${s.estab}, closed ${s.tcpAlloc - (s.tcp4 + s.tcp6 - s.tws)}, orphaned ${s.orphans}, timewait ${s.tws})\n\n` +
    'Transport Total     IP        IPv6\n' +
    row('RAW', s.raw4, s.raw6) + row('UDP', s.udp4, s.udp6) + row('TCP', s.tcp4, s.tcp6) +
    row('INET', s.raw4 + s.udp4 + s.tcp4, s.raw6 + s.udp6 + s.tcp6) + row('FRAG', s.frag4, s.frag6) + '\n'
  );
}
