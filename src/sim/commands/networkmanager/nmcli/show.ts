// `nmcli connection show ID`: the profile's settings (connections.c nmc_connection_profile_details()) and, when it is
// active, the active connection's GENERAL, IP4, DHCP4, IP6 groups (nmc_active_connection_details()), with -f
// selecting settings, properties, groups or fields (parse_preferred_connection_show_fields()); pretty mode titles
// "Connection profile details (ID)" and "Active connection details (UUID)" with a dash line after each setting.
import type { CommandContext } from '../../../context';
import { esc, multiline, title, type Cfg } from './format';
import { devices, dhcp4Options, prop, type Dev, type NmState, type Profile } from './model';
import { ACTIVE_GROUPS, ALL_SETTINGS, SETTINGS } from './settings';

type Items = [string, string | string[]][];
interface Section {
  name: string;
  items: Items;
}

/** A route in parsable form (`dst/plen [nh] [metric]`) as nmcli's pretty form prints it. */
const prettyRoute = (r: string) => {
  const [dst, nh, mt] = r.split(' ');
  return `{ ip = ${dst}${nh ? `, nh = ${nh}` : ''}${mt ? `, mt = ${mt}` : ''} }`;
};

export function settingsOf(p: Profile): string[] {
  return p.type === 'loopback' ? ['connection', 'loopback', 'ipv4', 'ipv6', 'proxy'] : ['connection', '802-3-ethernet', 'ipv4', 'ipv6', 'proxy'];
}

export function propValue(p: Profile, setting: string, name: string): string {
  const key = `${setting}.${name}`;
  if (key === 'connection.id') return p.id;
  if (key === 'connection.uuid') return p.uuid;
  if (key === 'connection.type') return p.type;
  const def = SETTINGS[setting].find((x) => x[0] === name)!;
  return prop(p, key, def[1]);
}

function profileSections(st: NmState, p: Profile, terse: boolean): Section[] {
  return settingsOf(p).map((s) => ({
    name: s,
    items: SETTINGS[s].map(([name, dflt, kind, note]): [string, string] => {
      let v = propValue(p, s, name);
      if (s === 'connection' && name === 'timestamp') {
        // the last activation, kept in /var/lib/NetworkManager/timestamps
        const ac = st.active.find((a) => a.uuid === p.uuid);
        v = String(ac?.since ?? p.lastUsed ?? 0);
      }
      if (!terse && v === dflt && note) v = `${v} (${note})`;
      else if (!terse && kind === 'r' && v) v = v.split(', ').map(prettyRoute).join('; ');
      return [`${s}.${name}`, v];
    }),
  }));
}

const route4 = (r: Dev['ip4']['routes'][number]) => `dst = ${r.dst}/${r.prefix}, nh = ${r.nh ?? '0.0.0.0'}${r.metric ? `, mt = ${r.metric}` : ''}`;
const route6 = (r: Dev['ip6']['routes'][number]) => `dst = ${r.dst}/${r.prefix}, nh = ${r.nh ?? '::'}${r.metric ? `, mt = ${r.metric}` : ''}`;

function activeSections(ctx: CommandContext, st: NmState, p: Profile, d: Dev): Section[] {
  const ac = d.ac!;
  const out: Section[] = [{
    name: 'GENERAL',
    items: [
      ['GENERAL.NAME', p.id], ['GENERAL.UUID', p.uuid], ['GENERAL.DEVICES', d.iface], ['GENERAL.IP-IFACE', d.iface],
      ['GENERAL.STATE', 'activated'], ['GENERAL.DEFAULT', d.isDefault ? 'yes' : 'no'], ['GENERAL.DEFAULT6', 'no'],
      ['GENERAL.SPEC-OBJECT', ''], ['GENERAL.VPN', 'no'], ['GENERAL.DBUS-PATH', `/org/freedesktop/NetworkManager/ActiveConnection/${ac.acPath}`],
      ['GENERAL.CON-PATH', `/org/freedesktop/NetworkManager/Settings/Connection/${p.path}`], ['GENERAL.ZONE', prop(p, 'connection.zone')], ['GENERAL.MASTER-PATH', ''],
    ],
  }];
  out.push({ name: 'IP4', items: [['IP4.ADDRESS', d.ip4.addrs], ['IP4.GATEWAY', d.ip4.gateway ?? ''], ['IP4.ROUTE', d.ip4.routes.map(route4)], ['IP4.DNS', d.ip4.dns]] });
  if (prop(p, 'ipv4.method', 'auto') === 'auto' && d.ip4.addrs.length) out.push({ name: 'DHCP4', items: [['DHCP4.OPTION', dhcp4Options(ctx, d)]] });
  out.push({ name: 'IP6', items: [['IP6.ADDRESS', d.ip6.addrs], ['IP6.GATEWAY', ''], ['IP6.ROUTE', d.ip6.routes.map(route6)]] });
  void st;
  return out;
}

interface Selection {
  /** Setting name → properties (null: all). */
  settings: Map<string, Set<string> | null>;
  /** Group name → fields (null: all). */
  groups: Map<string, Set<string> | null>;
}

/** parse_preferred_connection_show_fields(): null selection means everything. */
export function parseFields(fields: string | null): Selection | string {
  const sel: Selection = { settings: new Map(), groups: new Map() };
  if (fields === null || fields.split(',').some((f) => ['all', 'common'].includes(f.trim().toLowerCase()))) return sel;
  for (const raw of fields.split(',').map((f) => f.trim()).filter(Boolean)) {
    const [head, sub] = raw.split(/\.(.*)/s);
    // any setting name of any type is taken (one the profile lacks shows nothing); aliases are not
    const setting = ALL_SETTINGS.find((s) => s.toLowerCase() === head.toLowerCase());
    const group = ACTIVE_GROUPS.find((g) => g.toLowerCase() === head.toLowerCase());
    if (raw.toLowerCase() === 'profile') Object.keys(SETTINGS).forEach((s) => sel.settings.set(s, null));
    else if (raw.toLowerCase() === 'active') ACTIVE_GROUPS.forEach((g) => sel.groups.set(g, null));
    else if (setting) {
      const cur = sel.settings.get(setting);
      if (sub === undefined) sel.settings.set(setting, null);
      else if (cur !== null) sel.settings.set(setting, new Set([...(cur ?? []), sub.toLowerCase()]));
    } else if (group) {
      const cur = sel.groups.get(group);
      if (sub === undefined) sel.groups.set(group, null);
      else if (cur !== null) sel.groups.set(group, new Set([...(cur ?? []), sub.toUpperCase()]));
    } else return `invalid field '${raw}'; allowed fields: ${ALL_SETTINGS.join(',')} and ${ACTIVE_GROUPS.join(',')}, or profile,active`;
  }
  return sel;
}

function pick(sections: Section[], want: Map<string, Set<string> | null>, all: boolean): Section[] {
  return sections
    .filter((s) => all || want.has(s.name))
    .map((s) => {
      const f = all ? null : want.get(s.name)!;
      return f === null ? s : { name: s.name, items: s.items.filter(([k]) => f.has(k.slice(s.name.length + 1).toLowerCase()) || f.has(k.slice(s.name.length + 1).toUpperCase())) };
    })
    .filter((s) => s.items.length);
}

/** -g/-m tabular: one terse row of values for each setting or group, lists joined with ` | `. */
function tabular(cfg: Cfg, sections: Section[], whole: (s: Section) => boolean): string {
  return sections
    .map((s) => {
      const vals = s.items.map(([, v]) => (Array.isArray(v) ? v.join(' | ') : v));
      return (whole(s) ? [s.name, ...vals] : vals).map((v) => esc(cfg, v)).join(':') + '\n';
    })
    .join('');
}

/** The text of `connection show` for the given profiles, or an error for the fields. */
export function showProfiles(ctx: CommandContext, st: NmState, cfg: Cfg, ps: Profile[], activeOnly: boolean, profileOnly = false): { out: string } | { error: string } {
  const sel = parseFields(cfg.fields);
  if (typeof sel === 'string') return { error: sel };
  const all = sel.settings.size === 0 && sel.groups.size === 0;
  const devs = devices(ctx);
  const blocks: string[] = [];
  const terse = cfg.mode === 'terse';
  for (const p of ps) {
    const d = devs.find((x) => x.ac?.uuid === p.uuid);
    const prof = activeOnly ? [] : pick(profileSections(st, p, terse), sel.settings, all);
    const act = d && !profileOnly ? pick(activeSections(ctx, st, p, d), sel.groups, all) : [];
    if (cfg.multiline === false) {
      const wholeSetting = (s: Section) => all || (sel.settings.get(s.name) ?? sel.groups.get(s.name)) === null;
      blocks.push(tabular(cfg, [...prof, ...act], wholeSetting));
      continue;
    }
    let out = '';
    if (cfg.mode === 'pretty') {
      if (prof.length) out += title(`Connection profile details (${p.id})`, 79) + prof.map((s) => multiline(cfg, s.items) + '-'.repeat(79) + '\n').join('');
      if (act.length) out += title(`Active connection details (${p.uuid})`, 79) + act.map((s) => multiline(cfg, s.items)).join('') + '-'.repeat(79) + '\n';
    } else out = [...prof, ...act].map((s) => multiline(cfg, s.items)).join('');
    blocks.push(out);
  }
  return { out: blocks.join('\n') };
}
