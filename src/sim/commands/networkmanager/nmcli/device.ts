// `nmcli device` (src/nmcli/devices.c of NetworkManager 1.48.10): status, show, connect/up, disconnect/down,
// reapply, modify, set, delete, wifi, lldp, with their messages and the daemon's errors (src/core/devices/
// nm-device.c: "This device is not active", "Device is not activated", "This device is not a software device or
// is not realized", nm_device_get_best_connection()'s "has no connections available for activation").
import type { CommandContext } from '../../../context';
import { esc, multiline, table, type Cfg } from './format';
import { activate, deactivate, devices, dhcp4Options, findProfile, nmState, refused, type Dev, type NmState, type Profile } from './model';
import type { Io } from './connection';
import { setProperty } from './modify';

const routeStr = (r: Dev['ip4']['routes'][number]) => `${r.prefix === 0 ? 'default' : `${r.dst}/${r.prefix}`}${r.nh ? ` via ${r.nh}` : ''} metric ${r.metric}`;
const devPath = (d: Dev) => `/org/freedesktop/NetworkManager/Devices/${d.path}`;

/** nmc_command_func_overview(): what plain `nmcli` prints. */
export function overview(ctx: CommandContext): string {
  const st = nmState(ctx);
  let out = '';
  for (const d of devices(ctx)) {
    out += `${d.iface}: ${d.state}${d.profile ? ` to ${d.profile.id}` : ''}\n\t"${d.description}"\n`;
    // device_overview(): a disconnected device counts the profiles it could take
    if (d.stateNum === 30) {
      const n = available(st, d).length;
      if (n) out += `\t${n} ${n === 1 ? 'connection available' : 'connections available'}\n`;
    }
    out += `\t${d.type}${d.driver && d.driver !== d.type ? ` (${d.driver})` : ''}, ${d.hw}, ${d.software ? 'sw' : 'hw'}, mtu ${d.mtu}\n`;
    if (d.ac) {
      if (d.isDefault) out += '\tip4 default\n';
      for (const a of d.ip4.addrs) out += `\tinet4 ${a}\n`;
      for (const r of d.ip4.routes) out += `\troute4 ${routeStr(r)}\n`;
      for (const a of d.ip6.addrs) out += `\tinet6 ${a}\n`;
      for (const r of d.ip6.routes) out += `\troute6 ${routeStr(r)}\n`;
    }
    out += '\n';
  }
  if (st.active.some((a) => a.iface === 'eth0')) out += 'DNS configuration:\n\tservers: 10.0.2.3\n\tinterface: eth0\n\n';
  return out + 'Use "nmcli device show" to get complete information about known devices and\n"nmcli connection show" to get an overview on active connection profiles.\n\nConsult nmcli(1) and nmcli-examples(7) manual pages for complete usage details.\n';
}

/** nmc_fields_dev_show_sections, in order: the ones a wired or loopback device can fill are modelled. */
const SECTIONS = ['GENERAL', 'CAPABILITIES', 'INTERFACE-FLAGS', 'WIFI-PROPERTIES', 'AP', 'WIRED-PROPERTIES', 'WIMAX-PROPERTIES', 'NSP', 'IP4', 'DHCP4', 'IP6', 'DHCP6', 'BOND', 'TEAM', 'BRIDGE', 'VLAN', 'BLUETOOTH', 'CONNECTIONS'];
/** NMC_FIELDS_DEV_SHOW_SECTIONS_COMMON */
const COMMON = 'GENERAL.DEVICE,GENERAL.TYPE,GENERAL.HWADDR,GENERAL.MTU,GENERAL.STATE,GENERAL.CONNECTION,GENERAL.CON-PATH,WIRED-PROPERTIES,IP4,IP6';

/** show_device_info(): the sections -f asks for (common ones by default), multiline, or one terse row each with -g. */
function deviceShow(ctx: CommandContext, cfg: Cfg, d: Dev, io: Io): string | number {
  const r4 = d.ip4.routes.map((r) => `dst = ${r.dst}/${r.prefix}, nh = ${r.nh ?? '0.0.0.0'}, mt = ${r.metric}`);
  const r6 = d.ip6.routes.map((r) => `dst = ${r.dst}/${r.prefix}, nh = ${r.nh ?? '::'}, mt = ${r.metric}`);
  const data: Record<string, [string, string | string[]][]> = {
    GENERAL: [['DEVICE', d.iface], ['TYPE', d.type], ['HWADDR', d.hw], ['MTU', String(d.mtu)], ['STATE', `${d.stateNum} (${d.state})`],
      ['CONNECTION', d.profile?.id ?? ''], ['CON-PATH', d.ac ? `/org/freedesktop/NetworkManager/ActiveConnection/${d.ac.acPath}` : '']],
    'WIRED-PROPERTIES': d.type === 'ethernet' ? [['CARRIER', 'on']] : [],
    IP4: d.ip4.addrs.length || d.ac ? [['ADDRESS', d.ip4.addrs], ['GATEWAY', d.ip4.gateway ?? ''], ['ROUTE', r4], ['DNS', d.ip4.dns]] : [],
    DHCP4: d.iface === 'eth0' && d.ac && d.ip4.addrs.length ? [['OPTION', dhcp4Options(ctx, d)]] : [],
    IP6: d.ip6.addrs.length ? [['ADDRESS', d.ip6.addrs], ['GATEWAY', ''], ['ROUTE', r6]] : [],
  };
  const f = cfg.fields && !['common'].includes(cfg.fields.toLowerCase()) ? cfg.fields : COMMON;
  const want: [string, string | null][] = [];
  for (const raw of f.toLowerCase() === 'all' ? SECTIONS : f.split(',').map((x) => x.trim()).filter(Boolean)) {
    const [head, sub] = raw.split(/\.(.*)/s);
    const sec = SECTIONS.find((s) => s.toLowerCase() === head.toLowerCase());
    if (!sec) return io.fail(`Error: 'device show': invalid field '${raw}'; allowed fields: ${SECTIONS.join(',')}`);
    want.push([sec, sub === undefined ? null : sub.toUpperCase()]);
  }
  const picked: [string, [string, string | string[]][], boolean][] = [];
  // in the order -f names them, a section's fields together
  for (const sec of [...new Set(want.map(([s]) => s))]) {
    const subs = want.filter(([s]) => s === sec);
    if (!subs.length || !data[sec]?.length) continue;
    const whole = subs.some(([, x]) => x === null);
    const items = data[sec].filter(([k]) => whole || subs.some(([, x]) => x === k));
    if (items.length) picked.push([sec, items, whole]);
  }
  if (cfg.multiline === false) {
    // tabular: one terse row per section, lists joined with " | ", an empty line between sections
    return picked.map(([sec, items, whole]) => {
      const vals = items.map(([, v]) => (Array.isArray(v) ? v.join(' | ') : v));
      return (whole ? [sec, ...vals] : vals).map((v) => esc(cfg, v)).join(':') + '\n';
    }).join('');
  }
  return picked.map(([sec, items]) => multiline(cfg, items.map(([k, v]) => [`${sec}.${k}`, v]))).join('');
}

/** The profiles a device can take: bound to its name, or to no interface at all. */
function available(st: NmState, d: Dev): Profile[] {
  return st.profiles.filter((p) => p.type === '802-3-ethernet' && d.type === 'ethernet' && [d.iface, undefined].includes(p.props.get('connection.interface-name')));
}

/** get_device(): the one device a command names. */
function oneDevice(ctx: CommandContext, args: string[], io: Io): Dev | number {
  const name = args.shift();
  if (name === undefined) return io.fail('Error: No interface specified.');
  const d = devices(ctx).find((x) => x.iface === name);
  if (!d) return io.fail(`Error: Device '${name}' not found.`, 10);
  return d;
}

export function* deviceCmd(ctx: CommandContext, cfg: Cfg, cmd: string, args: string[], io: Io): Generator<never, number, unknown> {
  const st = nmState(ctx);
  const ds = devices(ctx);
  if (cmd === 'status') {
    if (args.length) return io.fail(`Error: invalid extra argument '${args[0]}'.`);
    if (cfg.multiline) {
      ctx.out(ds.map((d) => multiline(cfg, [['DEVICE', d.iface], ['TYPE', d.type], ['STATE', d.state], ['CONNECTION', d.profile?.id ?? '']])).join(''));
      return 0;
    }
    ctx.out(table(cfg, ['DEVICE', 'TYPE', 'STATE', 'CONNECTION'], ds.map((d) => [d.iface, d.type, d.state, d.profile?.id ?? '']), 'Status of devices'));
    return 0;
  }
  if (cmd === 'show') {
    const name = args[0];
    if (name !== undefined) {
      const d = ds.find((x) => x.iface === name);
      if (!d) return io.fail(`Error: Device '${name}' not found.`, 10);
      if (args.length > 1) return io.fail(`Error: invalid extra argument '${args[1]}'.`);
      const out = deviceShow(ctx, cfg, d, io);
      if (typeof out === 'number') return out;
      ctx.out(out);
      return 0;
    }
    const outs: string[] = [];
    for (const x of ds) {
      const out = deviceShow(ctx, cfg, x, io);
      if (typeof out === 'number') return out;
      outs.push(out);
    }
    ctx.out(outs.join('\n'));
    return 0;
  }
  if (cmd === 'connect' || cmd === 'up') {
    const d = oneDevice(ctx, args, io);
    if (typeof d === 'number') return d;
    if (args.length) return io.fail(`Error: extra argument not allowed: '${args[0]}'.`);
    const best = available(st, d).sort((a, b) => (b.lastUsed ?? 0) - (a.lastUsed ?? 0))[0];
    if (!best) return io.fail(`Error: Device activation failed: The device '${d.iface}' has no connections available for activation.`, 4);
    if (refused(ctx)) return io.fail('Error: Device activation failed: Not authorized to control networking.', 4);
    activate(ctx, st, best, d.iface);
    ctx.out(`Device '${d.iface}' successfully activated with '${best.uuid}'.\n`);
    return 0;
  }
  if (cmd === 'disconnect' || cmd === 'down' || cmd === 'delete') {
    if (!args.length) return io.fail('Error: No interface specified.');
    const queue: Dev[] = [];
    let missing = false;
    for (const a of args) {
      if (a === '--') break;
      const d = ds.find((x) => x.iface === a);
      if (!d) {
        ctx.err(`Error: Device '${a}' not found.\n`);
        missing = true;
      } else if (queue.includes(d)) ctx.err(`Warning: argument '${a}' is duplicated.\n`);
      else queue.push(d);
    }
    if (!queue.length) return io.fail('Error: not all devices found.', 10);
    let failed = false;
    for (const d of queue) {
      if (cmd === 'delete') {
        ctx.err(`Error: Device '${d.iface}' (${devPath(d)}) deletion failed: This device is not a software device or is not realized\n`);
        failed = true;
        continue;
      }
      if (!d.ac || d.stateNum < 100) {
        ctx.err(`Error: Device '${d.iface}' (${devPath(d)}) disconnecting failed: This device is not active\n`);
        failed = true;
        continue;
      }
      if (refused(ctx)) {
        ctx.err(`Error: Device '${d.iface}' (${devPath(d)}) disconnecting failed: org.freedesktop.NetworkManager.network-control request failed: not authorized\n`);
        failed = true;
        continue;
      }
      deactivate(ctx, st, d.iface);
      st.blocked.add(d.iface);
      ctx.out(`Device '${d.iface}' successfully disconnected.\n`);
    }
    if (failed) return io.fail(cmd === 'delete' ? 'Error: not all devices deleted.' : 'Error: not all devices disconnected.', cmd === 'delete' ? 1 : 6);
    return missing ? io.fail('Error: not all devices found.', 10) : 0;
  }
  if (cmd === 'reapply' || cmd === 'modify') {
    const d = oneDevice(ctx, args, io);
    if (typeof d === 'number') return d;
    if (cmd === 'reapply' && args.length) return io.fail(`Error: invalid extra argument '${args[0]}'.`);
    if (!d.ac || !d.profile) return io.fail(`Error: Reapplying connection to device '${d.iface}' (${devPath(d)}) failed: Device is not activated`, 6);
    const p = d.profile;
    if (refused(ctx)) return io.fail(`Error: Reapplying connection to device '${d.iface}' (${devPath(d)}) failed: org.freedesktop.NetworkManager.network-control request failed: not authorized`, 6);
    if (cmd === 'modify') {
      // the applied connection changes, the stored profile does not
      const applied: Profile = { ...p, props: new Map(p.props) };
      if (!args.length) return io.fail('Error: <setting>.<property> argument is missing.');
      while (args.length) {
        const err = setProperty(applied, args.shift()!, args.shift());
        if (err) return io.fail(err.msg, err.code);
      }
      activateApplied(ctx, st, applied, d.iface);
    } else activate(ctx, st, p, d.iface);
    ctx.out(`Connection successfully reapplied to device '${d.iface}'.\n`);
    return 0;
  }
  if (cmd === 'set') {
    if (args[0] === 'ifname') args.shift();
    const d = oneDevice(ctx, args, io);
    if (typeof d === 'number') return d;
    if (!args.length) return io.fail('Error: No property specified.');
    const todo: [string, boolean][] = [];
    while (args.length) {
      const w = args.shift()!;
      const key = 'managed'.startsWith(w) ? 'managed' : 'autoconnect'.startsWith(w) ? 'autoconnect' : undefined;
      if (!key) return io.fail(`Error: property '${w}' is not known.`);
      const v = args.shift();
      if (v === undefined) return io.fail(`Error: '${w}' argument is missing.`);
      const b = ['true', 'yes', 'on'].includes(v) ? true : ['false', 'no', 'off'].includes(v) ? false : /^[01]$/.test(v) ? v === '1' : undefined;
      if (b === undefined) return io.fail(`Error: '${key}': '${v}' is not valid; use [true, yes, on] or [false, no, off].`);
      todo.push([key, b]);
    }
    // nm_device_set_managed()/_autoconnect() do not wait for an answer: a refused change is silently lost
    if (refused(ctx)) return 0;
    for (const [k, b] of todo) {
      if (k === 'autoconnect') (b ? st.noAutoconnect.delete(d.iface) : st.noAutoconnect.add(d.iface));
      else if (!b) {
        st.active = st.active.filter((a) => a.iface !== d.iface);
        st.unmanaged.add(d.iface);
      } else st.unmanaged.delete(d.iface);
    }
    return 0;
  }
  if (cmd === 'wifi') {
    // no Wi-Fi device on the guest
    const sub = args[0] === undefined ? 'list' : ['list', 'connect', 'hotspot', 'rescan', 'show-password'].find((c) => c.startsWith(args[0]));
    if (sub === undefined) return io.fail(`Error: argument '${args[0]}' not understood. Try passing --help instead.`);
    const ifIdx = args.indexOf('ifname');
    const ifname = ifIdx >= 0 ? args[ifIdx + 1] : undefined;
    if (ifIdx >= 0 && ifname === undefined) return io.fail('Error: ifname argument is missing.');
    if (ifname !== undefined) return io.fail(ds.some((x) => x.iface === ifname) ? `Error: Device '${ifname}' is not a Wi-Fi device.` : `Error: Device '${ifname}' not found.`, 10);
    if (sub === 'list') return 0;
    if (sub === 'connect' && args.length < 2) return io.fail('Error: SSID or BSSID are missing.');
    return io.fail('Error: No Wi-Fi device found.', 10);
  }
  if (cmd === 'lldp') {
    // no LLDP neighbours on VirtualBox's networks: nothing to print
    if (args[0] !== undefined && !'list'.startsWith(args[0])) return io.fail(`Error: argument '${args[0]}' not understood. Try passing --help instead.`);
    const rest = args.slice(args[0] !== undefined ? 1 : 0);
    if (rest[0] === 'ifname') {
      if (rest[1] === undefined) return io.fail('Error: ifname argument is missing.');
      if (!ds.some((x) => x.iface === rest[1])) return io.fail(`Error: Device '${rest[1]}' not found.`, 10);
    } else if (rest.length) return io.fail(`Error: invalid extra argument '${rest[0]}'.`);
    return 0;
  }
  // checkpoint
  return io.fail(`Error: argument '${cmd}' not understood. Try passing --help instead.`);
}

/** Reapply with a changed applied connection: the address follows it, the stored profile stays. */
function activateApplied(ctx: CommandContext, st: NmState, applied: Profile, iface: string): void {
  const stored = findProfile(st, 'uuid', applied.uuid)!;
  const props = stored.props;
  stored.props = applied.props;
  activate(ctx, st, stored, iface);
  stored.props = props;
}
