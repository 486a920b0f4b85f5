// NetworkManager's state on a guest, kept per host while the world runs: the profiles it loaded (eth0 from the box's
// ifcfg-eth0, each private network's ethN from the ifcfg-ethN Vagrant writes, lo in memory) and which of them are
// active on which device. Activating and deactivating a profile puts its address on the interface or takes it away
// (host.ifaces, which ip, ping and ssh read). ifcfg-rh gives a profile without UUID the MD5 of its file's path
// (nm_uuid_generate_from_string_str(..., NM_UUID_TYPE_LEGACY)) and names it "System <DEVICE>" (reader.c).
import type { CommandContext } from '../../../context';
import type { Host, NetIf } from '../../../types';
import { DIGESTS } from '../../coreutils/md5sum/digest';
import { linkLocal } from '../../iproute/ip/link-local';
import { findUser } from '../../lib/accounts';

export interface Profile {
  id: string;
  uuid: string;
  type: '802-3-ethernet' | 'loopback';
  /** Non-default property values in nmcli's parsable form, keyed `setting.property`. */
  props: Map<string, string>;
  /** The file it is stored in: an ifcfg-rh file or a keyfile; none for in-memory profiles. */
  file?: string;
  /** Settings/Connection/N. */
  path: number;
  /** When it was last activated (seconds): nm_device_get_best_connection() picks the latest. */
  lastUsed?: number;
  /** A profile the guest started with whose file the world never wrote to disk. */
  virtual?: boolean;
}

export interface Active {
  uuid: string;
  iface: string;
  acPath: number;
  /** Seconds since the epoch when it was activated. */
  since: number;
}

export interface NmState {
  profiles: Profile[];
  active: Active[];
  /** Next ActiveConnection and Settings/Connection numbers. */
  nextAc: number;
  nextPath: number;
  networking: boolean;
  wifi: boolean;
  wwan: boolean;
  logLevel: string;
  logDomains: string;
  /** Devices a user set unmanaged, and those whose autoconnect a user switched off. */
  unmanaged: Set<string>;
  noAutoconnect: Set<string>;
  /** The device a user disconnected (NetworkManager does not autoconnect it again). */
  blocked: Set<string>;
  /** The addresses each interface had when the world set it up. */
  original: Map<string, NetIf>;
  /** The boot this state belongs to: after a reboot NetworkManager starts again from its stored profiles. */
  boot: number;
}

const enc = new TextEncoder();
export const uuidOf = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
/** A random (version 4) UUID derived from a stable string instead of the world's rng. */
export const uuid4 = (seed: string) => {
  const h = DIGESTS.md5(enc.encode(seed));
  return uuidOf(h.slice(0, 12) + '4' + h.slice(13, 16) + ((parseInt(h[16], 16) & 3) | 8).toString(16) + h.slice(17));
};
export const ifcfgPath = (dev: string) => `/etc/sysconfig/network-scripts/ifcfg-${dev}`;
export const prefixMask = (p: number) => [0, 8, 16, 24].map((s) => (p >= s + 8 ? 255 : p <= s ? 0 : (0xff00 >> (p - s)) & 0xff)).join('.');

const states = new WeakMap<Host, NmState>();

/** nm-logging.c domain_desc[] in order; LOGD_DEFAULT leaves out DBUS_PROPS, WIFI_SCAN and VPN_PLUGIN. */
export const LOG_DOMAINS = ['PLATFORM', 'RFKILL', 'ETHER', 'WIFI', 'BT', 'MB', 'DHCP4', 'DHCP6', 'PPP', 'WIFI_SCAN', 'IP4', 'IP6', 'AUTOIP4', 'DNS', 'VPN', 'SHARING', 'SUPPLICANT', 'AGENTS', 'SETTINGS', 'SUSPEND', 'CORE', 'DEVICE', 'OLPC', 'INFINIBAND', 'FIREWALL', 'ADSL', 'BOND', 'VLAN', 'BRIDGE', 'DBUS_PROPS', 'TEAM', 'CONCHECK', 'DCB', 'DISPATCH', 'AUDIT', 'SYSTEMD', 'VPN_PLUGIN', 'PROXY'];
export const DEFAULT_DOMAINS = LOG_DOMAINS.filter((d) => !['DBUS_PROPS', 'WIFI_SCAN', 'VPN_PLUGIN'].includes(d)).join(',');

export function nmState(ctx: CommandContext): NmState {
  const h = ctx.host;
  let st = states.get(h);
  if (st && st.boot === h.bootedAt) return st;
  if (st) return restart(ctx, st);
  const eths = h.ifaces.filter((i) => i.name !== 'lo');
  const profiles: Profile[] = eths.map((i, n) => {
    const props = new Map<string, string>([['connection.interface-name', i.name]]);
    if (i.name === 'eth0') {
      // ifcfg-eth0: DEVICE, BOOTPROTO=dhcp, ONBOOT=yes, TYPE=Ethernet, PERSISTENT_DHCLIENT (not read by NetworkManager)
    } else {
      // Vagrant's network_static: BOOTPROTO=none, IPADDR, NETMASK, PEERDNS=no
      props.set('ipv4.method', 'manual');
      props.set('ipv4.addresses', `${i.addr}/${i.prefix}`);
      props.set('ipv4.ignore-auto-dns', 'yes');
    }
    // no IPV6INIT: make_ip6_setting() gives "ignore"; no IPV6_ADDR_GEN_MODE: default-or-eui64
    props.set('ipv6.method', 'ignore');
    props.set('ipv6.addr-gen-mode', 'default-or-eui64');
    const file = ifcfgPath(i.name);
    return { id: `System ${i.name}`, uuid: uuidOf(DIGESTS.md5(enc.encode(file))), type: '802-3-ethernet', props, file, path: n + 1, virtual: true };
  });
  const lo: Profile = {
    id: 'lo', uuid: uuid4(`${ctx.world.seed}:${h.id}:${h.bootedAt}:lo`), type: 'loopback', path: profiles.length + 1,
    props: new Map([['connection.interface-name', 'lo'], ['connection.autoconnect', 'no'], ['ipv4.method', 'manual'], ['ipv4.addresses', '127.0.0.1/8'], ['ipv6.method', 'manual'], ['ipv6.addresses', '::1/128']]),
  };
  const since = Math.floor(h.bootedAt / 1000);
  for (const p of profiles) p.lastUsed = since;
  const active: Active[] = [{ uuid: lo.uuid, iface: 'lo', acPath: 1, since }, ...eths.map((i, n) => ({ uuid: profiles[n].uuid, iface: i.name, acPath: n + 2, since }))];
  st = {
    profiles: [...profiles, lo], active, nextAc: eths.length + 2, nextPath: profiles.length + 2,
    networking: true, wifi: true, wwan: true, logLevel: 'INFO', logDomains: DEFAULT_DOMAINS, unmanaged: new Set(), noAutoconnect: new Set(), blocked: new Set(), original: new Map(h.ifaces.map((i) => [i.name, { ...i }])), boot: h.bootedAt,
  };
  states.set(h, st);
  return st;
}

/** Whether polkit refuses the caller: nmcli registers no polkit agent without --ask, so a user other than root
 *  (which NetworkManager always allows, nm-auth-manager.c) gets the allow_any answer, which is never "yes" for
 *  what changes the system (data/org.freedesktop.NetworkManager.policy.in.in). */
export const refused = (ctx: CommandContext) => (findUser(ctx.host, ctx.frame.user)?.uid ?? 0) !== 0;

export const prop = (p: Profile, key: string, dflt = '') => p.props.get(key) ?? dflt;

/** nmc_find_connection(): by UUID, by name, by D-Bus path or, with a selector, only that way. */
export function findProfile(st: NmState, sel: string | undefined, val: string): Profile | undefined {
  const path = /^\/org\/freedesktop\/NetworkManager\/Settings\/(\d+)$/.exec(val) ?? /^\/org\/freedesktop\/NetworkManager\/Settings\/Connection\/(\d+)$/.exec(val) ?? /^(\d+)$/.exec(val);
  return st.profiles.find((p) =>
    ((!sel || sel === 'id') && p.id === val) || ((!sel || sel === 'uuid') && p.uuid === val) ||
    ((!sel || sel === 'path') && path !== null && p.path === Number(path[1])) || ((!sel || sel === 'filename') && p.file === val));
}

export const activeOf = (st: NmState, p: Profile) => st.active.find((a) => a.uuid === p.uuid);

/** The interface a profile binds to. */
export const ifaceOf = (p: Profile) => prop(p, 'connection.interface-name');

/** Puts the profile's IPv4 address on its interface (the first of ipv4.addresses, or the DHCP lease for eth0). */
export function applyAddress(ctx: CommandContext, st: NmState, p: Profile, iface: string): void {
  const i = ctx.host.ifaces.find((x) => x.name === iface);
  if (!i) return;
  const method = prop(p, 'ipv4.method', 'auto');
  const first = prop(p, 'ipv4.addresses').split(', ')[0];
  if (method === 'manual' && first) {
    const [a, pre] = first.split('/');
    i.addr = a;
    i.prefix = Number(pre ?? 32);
  } else if (method === 'auto' && st.original.get(iface)?.name === 'eth0') {
    i.addr = st.original.get(iface)!.addr;
    i.prefix = st.original.get(iface)!.prefix;
  } else i.addr = '';
}

/** Takes a device's IPv4 address away, as NetworkManager does when it deactivates its profile. */
export function removeAddress(ctx: CommandContext, iface: string): void {
  const i = ctx.host.ifaces.find((x) => x.name === iface);
  if (i) i.addr = '';
}

/** Deactivates whatever is active on the device and activates the profile there; the new ActiveConnection number. */
export function activate(ctx: CommandContext, st: NmState, p: Profile, iface: string): number {
  st.active = st.active.filter((a) => a.iface !== iface && a.uuid !== p.uuid);
  const acPath = st.nextAc++;
  st.active.push({ uuid: p.uuid, iface, acPath, since: Math.floor(ctx.world.now / 1000) });
  st.blocked.delete(iface);
  st.unmanaged.delete(iface);
  p.lastUsed = Math.floor(ctx.world.now / 1000);
  applyAddress(ctx, st, p, iface);
  return acPath;
}

export function deactivate(ctx: CommandContext, st: NmState, iface: string): void {
  st.active = st.active.filter((a) => a.iface !== iface);
  if (iface !== 'lo') removeAddress(ctx, iface);
}

export interface Dev {
  iface: string;
  type: 'ethernet' | 'loopback';
  state: string;
  stateNum: number;
  profile?: Profile;
  ac?: Active;
  hw: string;
  mtu: number;
  driver: string;
  description: string;
  ip4: { addrs: string[]; gateway?: string; routes: { dst: string; prefix: number; nh?: string; metric: number }[]; dns: string[] };
  ip6: { addrs: string[]; routes: { dst: string; prefix: number; nh?: string; metric: number }[] };
  isDefault: boolean;
  software: boolean;
  /** Devices/N: in the order the kernel made them (lo 1, eth0 2, ...). */
  path: number;
}

/** The devices as nmcli lists them (devices.c compare_devices(): those with an active profile first). */
export function devices(ctx: CommandContext): Dev[] {
  const st = nmState(ctx);
  const out: Dev[] = [];
  ctx.host.ifaces.forEach((i) => {
    // an unmanaged device (networking off, `device set IFNAME managed no`) has no active connection
    const asleep = !st.networking || st.unmanaged.has(i.name);
    const ac = asleep ? undefined : st.active.find((a) => a.iface === i.name);
    const profile = ac && st.profiles.find((p) => p.uuid === ac.uuid);
    const lo = i.name === 'lo';
    const up = !!ac && i.addr !== '';
    const eth0 = i.name === 'eth0';
    const net = i.addr.split('.').slice(0, 3).join('.') + '.0';
    const unmanaged = !st.networking || st.unmanaged.has(i.name);
    const metric = 100 + ctx.host.ifaces.filter((x) => x.name !== 'lo').findIndex((x) => x.name === i.name);
    out.push({
      iface: i.name, type: lo ? 'loopback' : 'ethernet',
      state: unmanaged ? 'unmanaged' : ac ? (lo ? 'connected (externally)' : 'connected') : 'disconnected', stateNum: unmanaged ? 10 : ac ? 100 : 30,
      profile, ac, hw: i.mac.toUpperCase(), mtu: lo ? 65536 : 1500, driver: lo ? 'unknown' : 'e1000', description: lo ? 'lo' : 'Intel 82540EM',
      ip4: lo
        ? { addrs: ['127.0.0.1/8'], routes: [], dns: [] }
        : {
          addrs: up ? [`${i.addr}/${i.prefix}`] : [], gateway: up && eth0 ? '10.0.2.2' : undefined, dns: up && eth0 ? ['10.0.2.3'] : [],
          routes: !up ? [] : eth0 ? [{ dst: net, prefix: i.prefix, metric: 100 }, { dst: '0.0.0.0', prefix: 0, nh: '10.0.2.2', metric: 100 }] : [{ dst: net, prefix: i.prefix, metric }],
        },
      path: ctx.host.ifaces.indexOf(i) + 1,
      ip6: lo ? { addrs: ['::1/128'], routes: [{ dst: '::1', prefix: 128, metric: 256 }] } : ac ? { addrs: [`${linkLocal(i.mac)}/64`], routes: [{ dst: 'fe80::', prefix: 64, metric: 1024 }] } : { addrs: [], routes: [] },
      isDefault: eth0 && up, software: lo,
    });
  });
  const addrs = (d: Dev) => d.ip4.addrs.length + d.ip6.addrs.length;
  return out.sort((a, b) => Number(!!b.ac) - Number(!!a.ac) || b.stateNum - a.stateNum || Number(b.isDefault) - Number(a.isDefault) || addrs(b) - addrs(a) || a.type.localeCompare(b.type) || a.iface.localeCompare(b.iface));
}

/** The lease options NetworkManager's internal DHCP client (nm-dhcp-nettools.c lease_to_ip4_config()) records for
 *  VirtualBox's NAT DHCP server, sorted by name as nmcli prints them (nm_strdict_get_keys(..., TRUE)). */
export function dhcp4Options(ctx: CommandContext, d: Dev): string[] {
  const i = ctx.host.ifaces.find((x) => x.name === d.iface)!;
  const expiry = Math.floor((d.ac?.since ?? 0) + 86400);
  const o: Record<string, string> = {
    dhcp_client_identifier: '01:' + i.mac.toLowerCase(),
    dhcp_lease_time: '86400',
    dhcp_server_identifier: '10.0.2.2',
    domain_name_servers: '10.0.2.3',
    expiry: String(expiry),
    ip_address: i.addr,
    routers: '10.0.2.2',
    subnet_mask: prefixMask(i.prefix),
  };
  // nm_dhcp_option_add_requests_to_options(): each option NetworkManager asks for, as requested_NAME = 1
  for (const r of ['subnet_mask', 'time_offset', 'domain_name_servers', 'host_name', 'domain_name', 'interface_mtu', 'broadcast_address', 'rfc3442_classless_static_routes', 'routers', 'static_routes', 'nis_domain', 'nis_servers', 'ntp_servers', 'domain_search', 'ms_classless_static_routes', 'wpad', 'root_path'])
    o[`requested_${r}`] = '1';
  return Object.keys(o).sort().map((k) => `${k} = ${o[k]}`);
}

/** NetworkManager starting again: the stored profiles stay, each one with autoconnect comes up on its device. */
function restart(ctx: CommandContext, old: NmState): NmState {
  const h = ctx.host;
  states.delete(h);
  const stored = old.profiles.filter((p) => p.file);
  const st = nmState(ctx);
  st.original = old.original;
  st.nextPath = old.nextPath;
  const lo = st.profiles.find((p) => p.type === 'loopback')!;
  st.profiles = [...stored, lo];
  st.active = st.active.filter((a) => a.iface === 'lo');
  for (const i of h.ifaces) {
    if (i.name === 'lo') continue;
    const p = stored.find((x) => ifaceOf(x) === i.name && prop(x, 'connection.autoconnect', 'yes') === 'yes');
    if (!p) {
      i.addr = '';
      continue;
    }
    applyAddress(ctx, st, p, i.name);
    st.active.push({ uuid: p.uuid, iface: i.name, acPath: st.nextAc++, since: Math.floor(h.bootedAt / 1000) });
  }
  return st;
}
