// `ipconfig /all`: the host's IP configuration and each adapter's details in ipconfig.exe's layout, labels padded
// with ' .' to column 36 and continuation values under column 39 (public outputs of Windows 10 and 11 named in
// tests/golden/cmd/SOURCES.md). The values are the simulated PC's: the LAN adapter leases its address from the home
// router (DHCP, 24-hour lease from the host's boot), VirtualBox's Host-Only adapters have static addresses, no DNS
// server and MAC addresses 0A-00-27-00-00-<interface index> as VirtualBox gives them.
import type { CommandContext } from '../../../context';
import { tm } from '../../../util';
import { hostNics, nicDesc, nicMac, type HostNic } from '../shared';

const FULL_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Thursday, September 19, 2024 8:31:29 AM`: the en-US long date and time of a lease. */
function longDate(ms: number, tz: number): string {
  const t = tm(ms, tz);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${FULL_DAYS[t.wd]}, ${FULL_MONTHS[t.mo]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)}:${p2(t.s)} ${t.h < 12 ? 'AM' : 'PM'}`;
}

/** `   Label . . . . : value`: the label and its dots fill 36 columns; the values after the first go under column 39. */
export function line(label: string, values: string[] | string): string {
  const list = typeof values === 'string' ? [values] : values;
  let head = `   ${label}`;
  // the dots stand on the columns of the same parity as the label's end plus one ("Host Name . . .", "IPv4 Address. . .")
  if (head.length % 2 === 0) head += ' ';
  while (head.length < 36) head += head.length % 2 ? '.' : ' ';
  return `${head} : ${list[0] ?? ''}\n` + list.slice(1).map((v) => `${' '.repeat(39)}${v}\n`).join('');
}

const LAN_MAC = '3C-7C-3F-5A-19-E4';
/** The machine's DHCPv6 unique identifier (DUID-LLT of its LAN card): the same on every adapter. */
const DUID = `00-01-00-01-2D-9A-4E-11-${LAN_MAC}`;
const DEFAULT_DNS6 = ['fec0:0:0:ffff::1%1', 'fec0:0:0:ffff::2%1', 'fec0:0:0:ffff::3%1'];

function adapter(ctx: CommandContext, n: HostNic, i: number): string {
  const w = ctx.world;
  const dhcp = !!n.gateway;
  const desc = nicDesc(n, i);
  const mac = nicMac(n);
  const booted = ctx.host.bootedAt ?? w.start;
  let out = `\nEthernet adapter ${n.conn}:\n\n`;
  out += line('Connection-specific DNS Suffix ', '');
  out += line('Description', desc);
  out += line('Physical Address', mac);
  out += line('DHCP Enabled', dhcp ? 'Yes' : 'No');
  out += line('Autoconfiguration Enabled', 'Yes');
  out += line('Link-local IPv6 Address', `${n.linkLocal}%${n.scope}(Preferred)`);
  out += line('IPv4 Address', `${n.addr}(Preferred)`);
  out += line('Subnet Mask', '255.255.255.0');
  if (dhcp) {
    out += line('Lease Obtained', longDate(booted, w.tzOffsetHours));
    out += line('Lease Expires', longDate(booted + 24 * 3600_000, w.tzOffsetHours));
  }
  out += line('Default Gateway', n.gateway);
  if (dhcp) out += line('DHCP Server', n.gateway);
  out += line('DHCPv6 IAID', String(0x04000000 * (1 + (i % 8)) + 0x3c7c3f + n.scope * 0x10000));
  out += line('DHCPv6 Client DUID', DUID);
  out += line('DNS Servers', dhcp ? [n.gateway] : DEFAULT_DNS6);
  out += line('NetBIOS over Tcpip', 'Enabled');
  return out;
}

/** What `ipconfig /all` prints. */
export function all(ctx: CommandContext): string {
  let out = '\nWindows IP Configuration\n\n';
  out += line('Host Name', ctx.host.hostname);
  out += line('Primary Dns Suffix ', '');
  out += line('Node Type', 'Hybrid');
  out += line('IP Routing Enabled', 'No');
  out += line('WINS Proxy Enabled', 'No');
  hostNics(ctx).forEach((n, i) => (out += adapter(ctx, n, i)));
  return out;
}
