// Reading profiles from disk as NetworkManager does at start and on `nmcli connection reload|load`: ifcfg files
// (nms-ifcfg-rh-reader.c make_connection_setting(), make_ip4_setting(), make_ip6_setting() for the keys the
// simulator models; shvar.c svParseBoolean() for yes/no) and keyfiles (the groups and keys files.ts writes).
import type { Profile } from './model';
import { uuidOf } from './model';
import { DIGESTS } from '../../coreutils/md5sum/digest';

const enc = new TextEncoder();

/** svParseBoolean(): yes/true/t/y/1 and no/false/f/n/0, any case; anything else is the fallback. */
function bool(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (/^(yes|true|t|y|1)$/i.test(v)) return true;
  if (/^(no|false|f|n|0)$/i.test(v)) return false;
  return fallback;
}

/** shvar.c: KEY=value lines, the value unquoted ("..." with \ escapes, '...' literal). */
function shvars(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of text.split('\n')) {
    const x = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(l);
    if (!x) continue;
    let v = x[2].trim();
    if (/^".*"$/.test(v)) v = v.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    else if (/^'.*'$/.test(v)) v = v.slice(1, -1);
    m.set(x[1], v);
  }
  return m;
}

const maskPrefix = (mask: string) => mask.split('.').reduce((n, o) => n + (Number(o) >>> 0).toString(2).replace(/0/g, '').length, 0);

/** An ifcfg file as a profile, or null when NetworkManager does not take it (NM_CONTROLLED=no, not Ethernet). */
export function readIfcfg(path: string, text: string): Omit<Profile, 'path'> | null {
  const v = shvars(text);
  if (!bool(v.get('NM_CONTROLLED'), true)) return null;
  const type = v.get('TYPE');
  if (type && !/^ethernet$/i.test(type)) return null;
  const dev = v.get('DEVICE') ?? path.replace(/^.*\/ifcfg-/, '');
  const props = new Map<string, string>([['connection.interface-name', dev]]);
  if (!bool(v.get('ONBOOT'), true)) props.set('connection.autoconnect', 'no');
  const pri = v.get('AUTOCONNECT_PRIORITY');
  if (pri && pri !== '0') props.set('connection.autoconnect-priority', pri);
  if (v.get('ZONE')) props.set('connection.zone', v.get('ZONE')!);
  const addrs: string[] = [];
  for (let n = -1; n < 256; n++) {
    const tag = n < 0 ? '' : String(n);
    const ip = v.get(`IPADDR${tag}`);
    if (!ip) continue;
    const pre = v.get(`PREFIX${tag}`) ?? (v.get(`NETMASK${tag}`) ? String(maskPrefix(v.get(`NETMASK${tag}`)!)) : '24');
    addrs.push(`${ip}/${pre}`);
  }
  const boot = (v.get('BOOTPROTO') ?? '').toLowerCase();
  const method = boot === 'dhcp' || boot === 'bootp' ? 'auto' : boot === 'autoip' ? 'link-local' : boot === 'shared' ? 'shared' : addrs.length ? 'manual' : 'disabled';
  if (method !== 'auto') props.set('ipv4.method', method);
  if (addrs.length) props.set('ipv4.addresses', addrs.join(', '));
  if (v.get('GATEWAY')) props.set('ipv4.gateway', v.get('GATEWAY')!);
  const dns = [...v.keys()].filter((k) => /^DNS\d+$/.test(k)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3))).map((k) => v.get(k)!);
  if (dns.length) props.set('ipv4.dns', dns.join(', '));
  if (v.get('DOMAIN')) props.set('ipv4.dns-search', v.get('DOMAIN')!.split(/\s+/).join(', '));
  if (!bool(v.get('DEFROUTE'), true)) props.set('ipv4.never-default', 'yes');
  if (!bool(v.get('PEERDNS'), true)) props.set('ipv4.ignore-auto-dns', 'yes');
  if (!bool(v.get('PEERROUTES'), true)) props.set('ipv4.ignore-auto-routes', 'yes');
  if (bool(v.get('IPV4_FAILURE_FATAL'), false)) props.set('ipv4.may-fail', 'no');
  // make_ip6_setting(): IPV6INIT missing or no is "ignore"
  const m6 = bool(v.get('IPV6_DISABLED'), false) ? 'disabled' : !bool(v.get('IPV6INIT'), false) ? 'ignore'
    : v.get('IPV6_AUTOCONF') === 'shared' ? 'shared' : bool(v.get('IPV6_AUTOCONF'), !bool(v.get('IPV6FORWARDING'), false)) ? 'auto'
      : bool(v.get('DHCPV6C'), false) ? 'dhcp' : v.get('IPV6ADDR') ? 'manual' : 'link-local';
  props.set('ipv6.method', m6);
  const a6 = [v.get('IPV6ADDR'), ...(v.get('IPV6ADDR_SECONDARIES') ?? '').split(/\s+/)].filter(Boolean) as string[];
  if (a6.length) props.set('ipv6.addresses', a6.map((a) => (a.includes('/') ? a : `${a}/64`)).join(', '));
  if (v.get('IPV6_DEFAULTGW')) props.set('ipv6.gateway', v.get('IPV6_DEFAULTGW')!);
  props.set('ipv6.addr-gen-mode', v.get('IPV6_ADDR_GEN_MODE') ?? (v.get('IPV6_TOKEN') ? 'eui64' : 'default-or-eui64'));
  return {
    id: v.get('NAME') || `System ${dev}`,
    uuid: v.get('UUID') || uuidOf(DIGESTS.md5(enc.encode(path))),
    type: '802-3-ethernet', props, file: path,
  };
}

/** A keyfile as a profile (the groups files.ts writes), or null when it is not a wired one. */
export function readKeyfile(path: string, text: string): Omit<Profile, 'path'> | null {
  const groups = new Map<string, Map<string, string>>();
  let cur: Map<string, string> | undefined;
  for (const l of text.split('\n')) {
    const g = /^\[(.+)\]\s*$/.exec(l);
    if (g) groups.set(g[1], (cur = new Map()));
    else {
      const kv = /^([^=#]+)=(.*)$/.exec(l);
      if (kv && cur) cur.set(kv[1].trim(), kv[2]);
    }
  }
  const c = groups.get('connection');
  if (!c || !['ethernet', '802-3-ethernet'].includes(c.get('type') ?? '')) return null;
  const props = new Map<string, string>();
  const tf = (v: string) => (v === 'true' ? 'yes' : v === 'false' ? 'no' : v);
  for (const [grp, setting] of [['connection', 'connection'], ['ethernet', '802-3-ethernet'], ['ipv4', 'ipv4'], ['ipv6', 'ipv6'], ['proxy', 'proxy']]) {
    const m = groups.get(grp);
    if (!m) continue;
    const addrs: string[] = [];
    for (const [k, v] of m) {
      if (grp === 'connection' && ['id', 'uuid', 'type'].includes(k)) continue;
      if (/^address\d+$/.test(k)) {
        const [a, gw] = v.split(',');
        addrs.push(a);
        if (gw) props.set(`${setting}.gateway`, gw);
      } else if (/^route\d+$/.test(k)) props.set(`${setting}.routes`, [props.get(`${setting}.routes`), v.split(',').join(' ')].filter(Boolean).join(', '));
      else if (k === 'dns') props.set(`${setting}.dns`, v.split(';').filter(Boolean).join(', '));
      else props.set(`${setting}.${k}`, tf(v));
    }
    if (addrs.length) props.set(`${setting}.addresses`, addrs.join(', '));
  }
  if (!props.has('ipv4.method')) props.set('ipv4.method', 'auto');
  if (props.get('ipv4.method') === 'auto') props.delete('ipv4.method');
  return { id: c.get('id') ?? path.replace(/^.*\//, '').replace(/\.nmconnection$/, ''), uuid: c.get('uuid') ?? '', type: '802-3-ethernet', props, file: path };
}
