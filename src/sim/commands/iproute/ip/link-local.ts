// An interface's IPv6 link-local address, shared by ip, nmcli and net-tools.

/** The fe80:: address of an interface: its MAC as an EUI-64 (universal/local bit flipped, ff:fe in the middle). */
export function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const e = [b[0] ^ 2, b[1], b[2], 0xff, 0xfe, b[3], b[4], b[5]];
  const groups = [0, 2, 4, 6].map((k) => ((e[k] << 8) | e[k + 1]).toString(16));
  return `fe80::${groups.join(':')}`;
}
