// `nmcli general`, `networking`, `radio` (src/nmcli/general.c of NetworkManager 1.48.10): status, hostname,
// permissions (the polkit defaults of data/org.freedesktop.NetworkManager.policy.in.in as nmcli words them:
// yes, no, auth; root is always allowed, nm-auth-manager.c), logging (nm-logging.c levels and domains), reload,
// networking on/off/connectivity, the radio switches.
import type { CommandContext } from '../../../context';
import { USAGE } from './help';
import { table, type Cfg } from './format';
import { activate, deactivate, LOG_DOMAINS, DEFAULT_DOMAINS, nmState, refused, type NmState } from './model';
import type { Io } from './connection';

/** The polkit actions in nm_auth_permission_sorted order with their <allow_any> default (for remote sessions). */
export const PERMISSIONS: [string, string][] = [
  ['org.freedesktop.NetworkManager.checkpoint-rollback', 'auth_admin_keep'],
  ['org.freedesktop.NetworkManager.enable-disable-connectivity-check', 'no'],
  ['org.freedesktop.NetworkManager.enable-disable-network', 'no'],
  ['org.freedesktop.NetworkManager.enable-disable-statistics', 'no'],
  ['org.freedesktop.NetworkManager.enable-disable-wifi', 'no'],
  ['org.freedesktop.NetworkManager.enable-disable-wimax', 'no'],
  ['org.freedesktop.NetworkManager.enable-disable-wwan', 'no'],
  ['org.freedesktop.NetworkManager.network-control', 'auth_admin'],
  ['org.freedesktop.NetworkManager.reload', 'auth_admin_keep'],
  ['org.freedesktop.NetworkManager.settings.modify.global-dns', 'auth_admin_keep'],
  ['org.freedesktop.NetworkManager.settings.modify.hostname', 'auth_admin_keep'],
  ['org.freedesktop.NetworkManager.settings.modify.own', 'auth_self_keep'],
  ['org.freedesktop.NetworkManager.settings.modify.system', 'auth_admin_keep'],
  ['org.freedesktop.NetworkManager.sleep-wake', 'no'],
  ['org.freedesktop.NetworkManager.wifi.scan', 'auth_admin'],
  ['org.freedesktop.NetworkManager.wifi.share.open', 'no'],
  ['org.freedesktop.NetworkManager.wifi.share.protected', 'no'],
];


/** nm_state_to_string() of the manager's state. */
export function nmStateName(ctx: CommandContext, st: NmState): string {
  if (!st.networking) return 'asleep';
  const eth0 = ctx.host.ifaces.find((i) => i.name === 'eth0');
  if (eth0?.addr && st.active.some((a) => a.iface === 'eth0')) return 'connected';
  return st.active.some((a) => a.iface !== 'lo') ? 'connected (local only)' : 'disconnected';
}

const connectivity = (ctx: CommandContext, st: NmState) => (nmStateName(ctx, st) === 'connected' ? 'full' : 'none');
const onOff = (b: boolean) => (b ? 'enabled' : 'disabled');

/** show_nm_status(): the status table, or one of its fields as nmc_switch_show() prints it (terse unless -p). */
function status(ctx: CommandContext, st: NmState, cfg: Cfg, fields: string[], header: string, io: Io, switchName?: string): number {
  const all: Record<string, string> = {
    RUNNING: 'running', VERSION: '1.48.10', STATE: nmStateName(ctx, st), STARTUP: 'started', CONNECTIVITY: connectivity(ctx, st),
    NETWORKING: onOff(st.networking), 'WIFI-HW': 'missing', WIFI: onOff(st.wifi), 'WWAN-HW': 'missing', WWAN: onOff(st.wwan), METERED: 'no (guessed)',
  };
  let want = fields;
  const f = cfg.fields;
  if (switchName) {
    if (f && f.toLowerCase() !== switchName.toLowerCase()) return io.fail(`Error: '--fields' value '${f}' is not valid here (allowed field: ${switchName})`);
    const c = { ...cfg, fields: null, mode: cfg.mode === 'normal' ? 'terse' as const : cfg.mode };
    ctx.out(table(c, [switchName], [[all[switchName]]], header));
    return 0;
  }
  if (f && f.toLowerCase() === 'all') want = ['RUNNING', 'VERSION', 'STATE', 'STARTUP', 'CONNECTIVITY', 'NETWORKING', 'WIFI-HW', 'WIFI', 'WWAN-HW', 'WWAN', 'METERED'];
  else if (f && f.toLowerCase() !== 'common') want = f.split(',').map((x) => x.trim().toUpperCase());
  // show_nm_status(): any field it does not know, and the whole list it allows
  if (want.some((w) => !(w in all))) return io.fail(`Error: only these fields are allowed: ${fields.length === 4 ? 'WIFI-HW,WIFI,WWAN-HW,WWAN' : 'RUNNING,VERSION,STATE,STARTUP,CONNECTIVITY,NETWORKING,WIFI-HW,WIFI,WWAN-HW,WWAN,METERED'}`);
  ctx.out(table({ ...cfg, fields: null }, want, [want.map((w) => all[w])], header));
  return 0;
}

export const STATUS_COMMON = ['STATE', 'CONNECTIVITY', 'WIFI-HW', 'WIFI', 'WWAN-HW', 'WWAN', 'METERED'];

export function* generalCmd(ctx: CommandContext, cfg: Cfg, cmd: string, args: string[], io: Io): Generator<never, number, unknown> {
  const st = nmState(ctx);
  if (cmd === 'status') return status(ctx, st, cfg, STATUS_COMMON, 'NetworkManager status', io);
  if (cmd === 'hostname') {
    if (!args.length) {
      ctx.out(ctx.host.hostname + '\n');
      return 0;
    }
    const name = args[0];
    if (args.length > 1) ctx.out(`Warning: ignoring extra garbage after '${name}' hostname\n`);
    if (refused(ctx)) return io.fail('Error: failed to set hostname: Insufficient privileges', 1);
    // NetworkManager saves it through systemd-hostnamed, as hostnamectl does
    ctx.host.hostname = name;
    ctx.host.fs.write('/etc/hostname', name + '\n');
    ctx.host.sys?.sysctl.set('kernel.hostname', name);
    return 0;
  }
  if (cmd === 'permissions') {
    const root = !refused(ctx);
    const rows = PERMISSIONS.map(([p, any]) => [p, root || any === 'yes' ? 'yes' : any === 'no' ? 'no' : 'auth']);
    ctx.out(table(cfg, ['PERMISSION', 'VALUE'], rows, 'NetworkManager permissions'));
    return 0;
  }
  if (cmd === 'logging') {
    if (!args.length) {
      ctx.out(table(cfg, ['LEVEL', 'DOMAINS'], [[st.logLevel, st.logDomains]], 'NetworkManager logging'));
      return 0;
    }
    let level: string | undefined;
    let domains: string | undefined;
    while (args.length) {
      const w = args.shift()!;
      if ('level'.startsWith(w) || 'domains'.startsWith(w)) {
        const v = args.shift();
        if (v === undefined) return io.fail(`Error: '${w}' argument is missing.`);
        if ('level'.startsWith(w)) level = v;
        else domains = v;
      } else return io.fail(`Error: property '${w}' is not known.`);
    }
    const levels = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERR', 'OFF', 'KEEP'];
    if (level !== undefined && level !== '' && !levels.includes(level.toUpperCase())) return io.fail(`Error: failed to set logging: Unknown log level '${level}'`, 1);
    let doms: string[] | undefined;
    if (domains !== undefined && domains !== '') {
      doms = [];
      for (const d of domains.split(/[, ]/).filter(Boolean)) {
        const name = d.split(':')[0].toUpperCase();
        if (name === 'ALL') doms.push(...LOG_DOMAINS);
        else if (name === 'DEFAULT') doms.push(...DEFAULT_DOMAINS.split(','));
        else if (name === 'NONE') continue;
        else if (LOG_DOMAINS.includes(name)) doms.push(name);
        else return io.fail(`Error: failed to set logging: Unknown log domain '${d}'`, 1);
      }
    }
    if (level && level.toUpperCase() !== 'KEEP') st.logLevel = level.toUpperCase();
    if (doms) st.logDomains = LOG_DOMAINS.filter((d) => doms!.includes(d)).join(',');
    // LOGD_VPN_PLUGIN is never logged at DEBUG or TRACE
    if (['DEBUG', 'TRACE'].includes(st.logLevel)) st.logDomains = st.logDomains.split(',').filter((d) => d !== 'VPN_PLUGIN').join(',');
    return 0;
  }
  // reload
  const flags = ['conf', 'dns-rc', 'dns-full'];
  if (args.length && !args[0].split(',').every((f) => flags.includes(f))) {
    const bad = args[0].split(',').find((f) => !flags.includes(f));
    return io.fail(`Error: invalid reload flag '${bad}'. Allowed flags are: ${flags.join(',')}`);
  }
  if (args.length > 1) return io.fail(`Error: extra argument '${args[1]}'`);
  if (refused(ctx)) return io.fail('Error: failed to reload: Not authorized to reload configuration', 1);
  return 0;
}

/** Networking off puts NetworkManager to sleep: every device unmanaged, its profile down; on wakes them. */
export function* networkingCmd(ctx: CommandContext, cfg: Cfg, cmd: string | undefined, args: string[], io: Io): Generator<never, number, unknown> {
  const st = nmState(ctx);
  if (cmd === undefined) return status(ctx, st, cfg, [], 'Networking', io, 'NETWORKING');
  if (cmd === 'on' || cmd === 'off') {
    const on = cmd === 'on';
    if (refused(ctx)) return io.fail('Error: failed to set networking: Not authorized to enable/disable networking', 1);
    if (on === st.networking) return 0;
    st.networking = on;
    if (!on) {
      for (const a of [...st.active]) if (a.iface !== 'lo') deactivate(ctx, st, a.iface);
    } else {
      for (const i of ctx.host.ifaces) {
        if (i.name === 'lo' || st.blocked.has(i.name) || st.noAutoconnect.has(i.name)) continue;
        const p = st.profiles.filter((x) => x.props.get('connection.interface-name') === i.name && (x.props.get('connection.autoconnect') ?? 'yes') === 'yes').sort((a, b) => (b.lastUsed ?? 0) - (a.lastUsed ?? 0))[0];
        if (p) activate(ctx, st, p, i.name);
      }
    }
    return 0;
  }
  // connectivity [check]
  if (args.length && 'check'.startsWith(args[0]) && refused(ctx)) return io.fail('Error: Not authorized to recheck connectivity.', 1);
  if (args.length && !'check'.startsWith(args[0])) {
    ctx.err(USAGE.networking);
    return io.fail(`Error: 'networking' command '${args[0]}' is not valid.`);
  }
  return status(ctx, st, cfg, [], 'Connectivity', io, 'CONNECTIVITY');
}

export function* radioCmd(ctx: CommandContext, cfg: Cfg, cmd: string, args: string[], io: Io): Generator<never, number, unknown> {
  const st = nmState(ctx);
  if (!args.length) {
    if (cmd === 'all') return status(ctx, st, cfg, ['WIFI-HW', 'WIFI', 'WWAN-HW', 'WWAN'], 'Radio switches', io);
    return status(ctx, st, cfg, [], cmd === 'wifi' ? 'Wi-Fi radio switch' : 'WWAN radio switch', io, cmd === 'wifi' ? 'WIFI' : 'WWAN');
  }
  if (args[0] !== 'on' && args[0] !== 'off') return io.fail(`Error: invalid '${cmd}' argument: '${args[0]}' (use on/off).`);
  const on = args[0] === 'on';
  // radio all and wwan are set without waiting for an answer; wifi reports the refusal
  if (refused(ctx)) return cmd === 'wifi' ? io.fail('Error: failed to set Wi-Fi radio: Not authorized to perform this operation', 1) : 0;
  if (cmd === 'all' || cmd === 'wifi') st.wifi = on;
  if (cmd === 'all' || cmd === 'wwan') st.wwan = on;
  return 0;
}
