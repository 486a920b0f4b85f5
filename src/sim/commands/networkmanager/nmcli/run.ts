// nmcli of NetworkManager 1.48.10 over the guest's network as the world configures it: eth0 from the box's
// ifcfg-eth0 (rocky-linux/kickstarts Rocky-9-Vagrant-Vbox.ks %post: DHCP, no NAME, so ifcfg-rh names it "System eth0"),
// each private network's ethN from the ifcfg-ethN Vagrant 2.4.3 writes (templates/guests/redhat/network_static.erb,
// NM_CONTROLLED=yes: "System ethN"), and lo, which NetworkManager >= 1.42 shows as externally connected with an
// in-memory profile "lo". ifcfg-rh gives a profile without UUID the MD5 of its file's path as UUID
// (nm_uuid_generate_from_string_str(..., NM_UUID_TYPE_LEGACY)); lo's is random per start, here from the seed.
// Layouts: utils.c _print_fill()/_print_do() (tabular columns one wider than their widest cell, a space between,
// multiline values at column 40, terse `a:b` with : and \ escaped), general.c nmc_command_func_overview(),
// device_overview() and ac_overview(); devices sorted as devices.c compare_devices() and the profiles of
// `connection show` active first.
import type { CommandContext } from '../../../context';
import type { CommandRun, Host } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { linkLocal } from '../../iproute/ip/run';
import { DIGESTS } from '../../coreutils/md5sum/digest';
import { help, version, USAGE } from './help';
import { spec } from './spec';

interface Dev {
  iface: string;
  type: 'ethernet' | 'loopback';
  state: string;
  stateNum: number;
  con: string;
  uuid: string;
  hw: string;
  mtu: number;
  driver: string;
  description: string;
  ip4: { addrs: string[]; gateway?: string; routes: { dst: string; prefix: number; nh?: string; metric: number }[]; dns: string[] };
  ip6: { addrs: string[]; routes: { dst: string; prefix: number; nh?: string; metric: number }[] };
  isDefault: boolean;
  acPath: number;
  software: boolean;
}

const enc = new TextEncoder();
const uuidOf = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

function devices(ctx: CommandContext): Dev[] {
  const h: Host = ctx.host;
  const eths = h.ifaces.filter((i) => i.name !== 'lo');
  const out: Dev[] = eths.map((i, n) => {
    const net = i.addr.split('.').slice(0, 3).join('.') + '.0';
    const eth0 = i.name === 'eth0';
    const routes = eth0
      ? [{ dst: net, prefix: i.prefix, metric: 100 }, { dst: '0.0.0.0', prefix: 0, nh: '10.0.2.2', metric: 100 }]
      : [{ dst: net, prefix: i.prefix, metric: 100 + n }];
    return {
      iface: i.name, type: 'ethernet', state: 'connected', stateNum: 100, con: `System ${i.name}`,
      uuid: uuidOf(DIGESTS.md5(enc.encode(`/etc/sysconfig/network-scripts/ifcfg-${i.name}`))),
      hw: i.mac.toUpperCase(), mtu: 1500, driver: 'e1000', description: 'Intel 82540EM',
      ip4: { addrs: [`${i.addr}/${i.prefix}`], gateway: eth0 ? '10.0.2.2' : undefined, routes, dns: eth0 ? ['10.0.2.3'] : [] },
      ip6: { addrs: [`${linkLocal(i.mac)}/64`], routes: [{ dst: 'fe80::', prefix: 64, metric: 1024 }] },
      isDefault: eth0, acPath: n + 2, software: false,
    };
  });
  const lo = DIGESTS.md5(enc.encode(`${ctx.world.seed}:${h.id}:${h.bootedAt}:lo`));
  out.push({
    iface: 'lo', type: 'loopback', state: 'connected (externally)', stateNum: 100, con: 'lo',
    uuid: uuidOf(lo.slice(0, 12) + '4' + lo.slice(13, 16) + ((parseInt(lo[16], 16) & 3) | 8).toString(16) + lo.slice(17)),
    hw: '00:00:00:00:00:00', mtu: 65536, driver: 'unknown', description: 'lo',
    ip4: { addrs: ['127.0.0.1/8'], routes: [], dns: [] },
    ip6: { addrs: ['::1/128'], routes: [{ dst: '::1', prefix: 128, metric: 256 }] },
    isDefault: false, acPath: 1, software: true,
  });
  // compare_devices(): the default route's device first, then by address count, type name, interface name
  const addrs = (d: Dev) => d.ip4.addrs.length + d.ip6.addrs.length;
  return out.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || addrs(b) - addrs(a) || a.type.localeCompare(b.type) || a.iface.localeCompare(b.iface));
}

interface Cfg {
  mode: 'normal' | 'terse' | 'pretty';
  multiline: boolean | null;
  fields: string | null;
  escape: boolean;
}

/** _print_do() in tabular form: each column as wide as its widest cell plus one, a space between them. */
function table(cfg: Cfg, titles: string[], rows: string[][], header?: string): string {
  let sel = titles.map((_, i) => i);
  if (cfg.fields && cfg.fields !== 'common' && cfg.fields !== 'all') sel = cfg.fields.split(',').map((f) => titles.indexOf(f.trim()));
  const cells = rows.map((r) => sel.map((i) => (r[i] === '' ? '--' : r[i])));
  if (cfg.mode === 'terse') return cells.map((r) => r.map((c) => (cfg.escape ? c.replace(/([:\\])/g, '\\$1') : c)).join(':') + '\n').join('');
  const heads = sel.map((i) => titles[i]);
  const w = heads.map((t, c) => Math.max(t.length, ...cells.map((r) => r[c].length)) + 1);
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i])).join(' ') + '\n';
  let out = '';
  if (cfg.mode === 'pretty' && header) {
    const width = Math.max(header.length + 4, 0);
    out += '='.repeat(width) + '\n' + header.padStart(Math.floor((width + header.length) / 2)) + '\n' + '='.repeat(width) + '\n';
  }
  out += line(heads);
  if (cfg.mode === 'pretty') out += '-'.repeat(w.reduce((a, b) => a + b + 1, 0)) + '\n';
  return out + cells.map(line).join('');
}

/** Multiline output: `NAME:` padded to 40 columns (terse: no padding), list values as NAME[n]. */
function multiline(cfg: Cfg, items: [string, string | string[]][]): string {
  let out = '';
  for (const [k, v] of items) {
    const vals = Array.isArray(v) ? v.map((x, i) => [`${k}[${i + 1}]:`, x] as const) : [[`${k}:`, v === '' ? '--' : v] as const];
    for (const [p, x] of vals) out += cfg.mode === 'terse' ? `${p}${x}\n` : p.padEnd(40) + x + '\n';
  }
  return out;
}

const routeStr = (r: Dev['ip4']['routes'][number]) => `${r.prefix === 0 ? 'default' : `${r.dst}/${r.prefix}`}${r.nh ? ` via ${r.nh}` : ''} metric ${r.metric}`;

function overview(ds: Dev[]): string {
  let out = '';
  for (const d of ds) {
    out += `${d.iface}: ${d.state} to ${d.con}\n\t"${d.description}"\n`;
    out += `\t${d.type}${d.driver && d.driver !== d.type ? ` (${d.driver})` : ''}, ${d.hw}, ${d.software ? 'sw' : 'hw'}, mtu ${d.mtu}\n`;
    if (d.isDefault) out += '\tip4 default\n';
    for (const a of d.ip4.addrs) out += `\tinet4 ${a}\n`;
    for (const r of d.ip4.routes) out += `\troute4 ${routeStr(r)}\n`;
    for (const a of d.ip6.addrs) out += `\tinet6 ${a}\n`;
    for (const r of d.ip6.routes) out += `\troute6 ${routeStr(r)}\n`;
    out += '\n';
  }
  out += 'DNS configuration:\n\tservers: 10.0.2.3\n\tinterface: eth0\n\n';
  return out + 'Use "nmcli device show" to get complete information about known devices and\n"nmcli connection show" to get an overview on active connection profiles.\n\nConsult nmcli(1) and nmcli-examples(7) manual pages for complete usage details.\n';
}

function deviceShow(cfg: Cfg, d: Dev): string {
  const items: [string, string | string[]][] = [
    ['GENERAL.DEVICE', d.iface], ['GENERAL.TYPE', d.type], ['GENERAL.HWADDR', d.hw], ['GENERAL.MTU', String(d.mtu)],
    ['GENERAL.STATE', `${d.stateNum} (${d.state})`], ['GENERAL.CONNECTION', d.con],
    ['GENERAL.CON-PATH', `/org/freedesktop/NetworkManager/ActiveConnection/${d.acPath}`],
  ];
  if (d.type === 'ethernet') items.push(['WIRED-PROPERTIES.CARRIER', 'on']);
  const r4 = d.ip4.routes.map((r) => `dst = ${r.dst}/${r.prefix}, nh = ${r.nh ?? '0.0.0.0'}, mt = ${r.metric}`);
  const r6 = d.ip6.routes.map((r) => `dst = ${r.dst}/${r.prefix}, nh = ${r.nh ?? '::'}, mt = ${r.metric}`);
  items.push(['IP4.ADDRESS', d.ip4.addrs], ['IP4.GATEWAY', d.ip4.gateway ?? ''], ['IP4.ROUTE', r4], ['IP4.DNS', d.ip4.dns]);
  items.push(['IP6.ADDRESS', d.ip6.addrs], ['IP6.GATEWAY', ''], ['IP6.ROUTE', r6]);
  return multiline(cfg, items);
}

/** nmc_do_cmd(): a word names the first command it is a prefix of. */
const pick = (word: string, cmds: string[]) => cmds.find((c) => c.startsWith(word));

function* nmcli(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  const cfg: Cfg = { mode: 'normal', multiline: null, fields: null, escape: true };
  const fail = (msg: string, code = 2) => {
    ctx.err(msg + '\n');
    return code;
  };
  // process_command_line_options(): options before OBJECT, one or two dashes
  while (args.length && args[0].startsWith('-') && args[0] !== '-') {
    const a = args.shift()!;
    const o = a.replace(/^--?/, '');
    const val = () => args.shift();
    if (pick(o, ['terse']) === 'terse') cfg.mode = 'terse';
    else if (pick(o, ['pretty']) === 'pretty') cfg.mode = 'pretty';
    else if (o === 'h' || pick(o, ['help']) === 'help') {
      ctx.err(help);
      return 0;
    } else if (o === 'v' || pick(o, ['version']) === 'version') {
      ctx.out(version);
      return 0;
    } else if (o === 'f' || pick(o, ['fields']) === 'fields') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      cfg.fields = v;
    } else if (o === 'g' || pick(o, ['get-values']) === 'get-values') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      [cfg.fields, cfg.mode, cfg.multiline] = [v, 'terse', false];
    } else if (o === 'm' || pick(o, ['mode']) === 'mode') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      if (v !== 'tabular' && v !== 'multiline') return fail(`Error: '${v}' is not valid argument for '${a}' option.`);
      cfg.multiline = v === 'multiline';
    } else if (o === 'e' || pick(o, ['escape']) === 'escape') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      if (v !== 'yes' && v !== 'no') return fail(`Error: '${v}' is not valid argument for '${a}' option.`);
      cfg.escape = v === 'yes';
    } else if (o === 'c' || pick(o, ['colors']) === 'colors' || o === 'w' || pick(o, ['wait']) === 'wait') {
      if (val() === undefined) return fail(`Error: missing argument for '${a}' option.`);
    } else if (!['a', 's', 'o'].includes(o) && !['ask', 'show-secrets', 'overview'].some((x) => x.startsWith(o) && o.length > 0)) {
      return fail(`Error: Option '${a}' is unknown, try 'nmcli -help'.`);
    }
  }
  const unit = ctx.host.sys?.units.get('NetworkManager.service');
  if (unit && unit.active !== 'active') return fail('Error: NetworkManager is not running.', 8);
  const ds = devices(ctx);
  const notUnderstood = (w: string) => fail(`Error: argument '${w}' not understood. Try passing --help instead.`);
  const isHelp = (w: string | undefined) => w !== undefined && (w === 'help' || w === '--help' || w === '-h' || (w.length > 1 && 'help'.startsWith(w)));
  const usage = (key: string) => {
    ctx.err(USAGE[key]);
    return 0;
  };
  const object = args.shift();
  if (object === undefined) {
    ctx.out(overview(ds));
    return 0;
  }
  if (isHelp(object)) {
    ctx.err(help);
    return 0;
  }
  const obj = pick(object, ['general', 'networking', 'radio', 'connection', 'device', 'agent', 'monitor', 'help']);
  const sub = args.shift();
  if (obj === 'general') {
    if (isHelp(sub)) return usage('general');
    if (sub !== undefined && pick(sub, ['status', 'hostname', 'permissions', 'logging', 'reload']) !== 'status') {
      if (pick(sub, ['status', 'hostname', 'permissions', 'logging', 'reload']) === undefined) return notUnderstood(sub);
      return fail(`nmcli: general ${sub} is not modelled here`, 1);
    }
    if (isHelp(args[0])) return usage('general status');
    ctx.out(table(cfg, ['STATE', 'CONNECTIVITY', 'WIFI-HW', 'WIFI', 'WWAN-HW', 'WWAN', 'METERED'], [['connected', 'full', 'missing', 'enabled', 'missing', 'enabled', 'no (guessed)']], 'NetworkManager status'));
    return 0;
  }
  if (obj === 'device') {
    if (isHelp(sub)) return usage('device');
    const cmd = sub === undefined ? 'status' : pick(sub, ['status', 'show', 'set', 'connect', 'reapply', 'modify', 'disconnect', 'delete', 'monitor', 'wifi', 'lldp', 'up', 'down']);
    if (cmd === undefined) return notUnderstood(sub!);
    if (cmd === 'status') {
      if (isHelp(args[0])) return usage('device status');
      if (cfg.multiline) {
        ctx.out(ds.map((d) => multiline(cfg, [['DEVICE', d.iface], ['TYPE', d.type], ['STATE', d.state], ['CONNECTION', d.con]])).join(''));
        return 0;
      }
      ctx.out(table(cfg, ['DEVICE', 'TYPE', 'STATE', 'CONNECTION'], ds.map((d) => [d.iface, d.type, d.state, d.con]), 'Status of devices'));
      return 0;
    }
    if (cmd === 'show') {
      if (isHelp(args[0])) return usage('device show');
      const name = args[0];
      if (name !== undefined) {
        const d = ds.find((x) => x.iface === name);
        if (!d) return fail(`Error: Device '${name}' not found.`, 10);
        ctx.out(deviceShow(cfg, d));
        return 0;
      }
      ctx.out(ds.map((d) => deviceShow(cfg, d)).join('\n'));
      return 0;
    }
    return fail(`nmcli: device ${cmd} is not modelled here`, 1);
  }
  if (obj === 'connection') {
    if (isHelp(sub)) return usage('connection');
    const cmd = sub === undefined ? 'show' : pick(sub, ['show', 'up', 'down', 'add', 'modify', 'clone', 'edit', 'delete', 'monitor', 'reload', 'load', 'import', 'export', 'migrate']);
    if (cmd === undefined) return notUnderstood(sub!);
    if (cmd !== 'show') return fail(`nmcli: connection ${cmd} is not modelled here`, 1);
    if (isHelp(args[0])) return usage('connection show');
    let active = false;
    while (args[0] === '--active' || args[0] === '-a' || args[0] === '--order') {
      if (args.shift() !== '--order') active = true;
      else args.shift();
    }
    if (args.length) {
      // a profile's settings: not modelled
      const which = args[args.length - 1];
      if (!ds.some((d) => d.con === which || d.uuid === which)) return fail(`Error: ${which} - no such connection profile.`, 10);
      return fail(`nmcli: connection show ${which} is not modelled here`, 1);
    }
    void active;
    ctx.out(table(cfg, ['NAME', 'UUID', 'TYPE', 'DEVICE'], ds.map((d) => [d.con, d.uuid, d.type, d.iface]), 'NetworkManager connection profiles'));
    return 0;
  }
  if (obj === undefined) return notUnderstood(object);
  return fail(`nmcli: ${obj} is not modelled here`, 1);
}

def({ name: 'nmcli', summary: 'command-line tool for controlling NetworkManager', available: linuxOnly, spec, run: nmcli });
