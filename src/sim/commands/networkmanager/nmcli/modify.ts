// Setting one `[+|-]setting.property value` of `nmcli connection modify/add` (connections.c
// read_connection_properties(), set_property(), check_valid_name(), is_property_valid(); the value parsers of
// libnmc-setting/nm-meta-setting-desc.c and libnmc-base/nm-client-utils.c), with their error texts.
import type { Profile } from './model';
import { ETHERNET_SETTINGS, METHODS, SETTINGS } from './settings';

export interface SetError {
  msg: string;
  code: number;
}

/** nmc_string_is_valid(): an exact match, else the one value the word is a prefix of. */
function oneOf(word: string, allowed: string[]): string | { error: string } {
  if (allowed.includes(word)) return word;
  const hits = allowed.filter((a) => a.startsWith(word));
  if (hits.length === 1 && word) return hits[0];
  if (hits.length > 1 && word) return { error: `'${word}' is ambiguous: ${hits.join(', ')}` };
  return { error: `'${word}' not among [${allowed.join(', ')}]` };
}

/** The property aliases nmcli takes without a setting name (NMMetaPropertyInfo.property_alias). */
const ALIASES: Record<string, string> = {
  'con-name': 'connection.id', autoconnect: 'connection.autoconnect', ifname: 'connection.interface-name',
  mac: '802-3-ethernet.mac-address', 'cloned-mac': '802-3-ethernet.cloned-mac-address', mtu: '802-3-ethernet.mtu',
  ip4: 'ipv4.addresses', gw4: 'ipv4.gateway', ip6: 'ipv6.addresses', gw6: 'ipv6.gateway',
};

const ip4 = (s: string) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((x) => Number(x) <= 255);
const ip6 = (s: string) => /^[0-9a-fA-F:]+$/.test(s) && s.includes(':') && (s.match(/::/g) ?? []).length <= 1;

/** _parse_ip_address(): `a.b.c.d[/plen]`, the prefix 32 (128) when left out. */
function parseAddr(fam: 'ipv4' | 'ipv6', s: string): string | { error: string } {
  const max = fam === 'ipv4' ? 32 : 128;
  const [a, plen] = s.trim().split('/');
  if (plen !== undefined && !(/^\d+$/.test(plen) && Number(plen) <= max)) return { error: `invalid prefix '${plen}'; <0-${max}> allowed` };
  if (!(fam === 'ipv4' ? ip4(a) : ip6(a))) return { error: `invalid IP address: Invalid ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} address '${a}'` };
  return `${a}/${plen ?? max}`;
}

function parseValue(fam: string, kind: string, v: string): string | { error: string } {
  if (v === '') return '';
  if (kind === 'b') {
    if (['true', 'yes', 'on', '1'].includes(v.toLowerCase())) return 'yes';
    if (['false', 'no', 'off', '0'].includes(v.toLowerCase())) return 'no';
    return { error: `'${v}' is not valid; use [true, yes, on] or [false, no, off]` };
  }
  if (kind === 'i') return /^-?\d+$/.test(v.trim()) ? String(Number(v)) : { error: `'${v}' is not a valid number (or out of range)` };
  if (kind === 'm') return oneOf(v === 'static' ? 'manual' : v, METHODS[fam]);
  if (kind === 'a' || kind === 'l') {
    const out: string[] = [];
    for (const w of v.split(/[,\s]+/).filter(Boolean)) {
      if (kind === 'l') {
        if (!(fam === 'ipv4' ? ip4(w) : ip6(w))) return { error: `invalid IP address: Invalid ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} address '${w}'` };
        out.push(w);
        continue;
      }
      const a = parseAddr(fam as 'ipv4' | 'ipv6', w);
      if (typeof a !== 'string') return a;
      out.push(a);
    }
    return out.join(', ');
  }
  if (kind === 'g') return (fam === 'ipv4' ? ip4(v) : ip6(v)) ? v : { error: `invalid IP address: Invalid ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} address '${v}'` };
  if (kind === 'r') {
    const out: string[] = [];
    for (const r of v.split(',').map((x) => x.trim()).filter(Boolean)) {
      const [dst, ...rest] = r.split(/\s+/);
      const a = parseAddr(fam as 'ipv4' | 'ipv6', dst);
      if (typeof a !== 'string') return a;
      out.push([a, ...rest].join(' '));
    }
    return out.join(', ');
  }
  return v;
}

/** Sets, adds (+) or removes (-) one property; null when it worked. */
export function setProperty(p: Profile, rawKey: string, value: string | undefined): SetError | null {
  const mod = rawKey[0] === '+' || rawKey[0] === '-' ? rawKey[0] : '';
  const key = ALIASES[rawKey.slice(mod.length)] ?? rawKey.slice(mod.length);
  if (value === undefined && mod !== '-') return { msg: `Error: value for '${rawKey}' is missing.`, code: 2 };
  const dot = key.indexOf('.');
  if (dot < 0) return { msg: `Error: invalid <setting>.<property> '${rawKey}'.`, code: 2 };
  const sett = key.slice(0, dot);
  const names = ETHERNET_SETTINGS.flatMap((s) => s.replace(/[()]/g, '').split(' '));
  const hit = oneOf(sett, names);
  const setting = typeof hit === 'string' ? (hit === 'ethernet' ? '802-3-ethernet' : hit) : undefined;
  if (typeof hit !== 'string' || !SETTINGS[setting!]) {
    const why = typeof hit !== 'string' && hit.error.includes('ambiguous') ? hit.error : `'${sett}' not among [${ETHERNET_SETTINGS.join(', ')}]`;
    return { msg: `Error: invalid or not allowed setting '${sett}': ${why}.`, code: 2 };
  }
  const propWord = key.slice(dot + 1);
  const props = SETTINGS[setting!];
  const ph = oneOf(propWord, props.map((x) => x[0]));
  if (typeof ph !== 'string') return { msg: `Error: invalid property '${propWord}': ${ph.error}.`, code: 2 };
  const [name, dflt, kind] = props.find((x) => x[0] === ph)!;
  const full = `${setting}.${name}`;
  const parsed = parseValue(setting!, kind, value ?? '');
  if (typeof parsed !== 'string') return { msg: `Error: failed to ${mod === '-' ? 'remove a value from' : 'modify'} ${setting}.${propWord}: ${parsed.error}.`, code: 2 };
  const cur = full === 'connection.id' ? p.id : p.props.get(full) ?? dflt;
  let next = parsed;
  const isList = kind === 'a' || kind === 'l' || kind === 'r';
  if (mod === '+' && isList) next = [cur, parsed].filter(Boolean).join(', ');
  else if (mod === '-' && isList) {
    const drop = new Set(parsed.split(', '));
    next = value === undefined || value === '' ? '' : cur.split(', ').filter((x) => x && !drop.has(x)).join(', ');
  } else if (mod === '-') next = dflt;
  if (full === 'connection.id') {
    if (next) p.id = next;
    return null;
  }
  if (full === 'connection.uuid' || full === 'connection.type') return null;
  if (next === dflt) p.props.delete(full);
  else p.props.set(full, next);
  return null;
}
