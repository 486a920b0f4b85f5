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
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { help, version, USAGE } from './help';
import { spec } from './spec';
import { multiline, table, type Cfg } from './format';
import { devices, type Dev } from './model';
import { connectionCmd } from './connection';

const routeStr = (r: Dev['ip4']['routes'][number]) => `${r.prefix === 0 ? 'default' : `${r.dst}/${r.prefix}`}${r.nh ? ` via ${r.nh}` : ''} metric ${r.metric}`;

function overview(ds: Dev[]): string {
  let out = '';
  for (const d of ds) {
    out += `${d.iface}: ${d.state}${d.profile ? ` to ${d.profile.id}` : ''}\n\t"${d.description}"\n`;
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
    ['GENERAL.STATE', `${d.stateNum} (${d.state})`], ['GENERAL.CONNECTION', d.profile?.id ?? ''],
    ['GENERAL.CON-PATH', d.ac ? `/org/freedesktop/NetworkManager/ActiveConnection/${d.ac.acPath}` : ''],
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
  const cfg: Cfg = { mode: 'normal', multiline: null, fields: null, escape: true, wait: null };
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
        ctx.out(ds.map((d) => multiline(cfg, [['DEVICE', d.iface], ['TYPE', d.type], ['STATE', d.state], ['CONNECTION', d.profile?.id ?? '']])).join(''));
        return 0;
      }
      ctx.out(table(cfg, ['DEVICE', 'TYPE', 'STATE', 'CONNECTION'], ds.map((d) => [d.iface, d.type, d.state, d.profile?.id ?? '']), 'Status of devices'));
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
    return yield* connectionCmd(ctx, cfg, cmd, args, { fail, usage });
  }
  if (obj === undefined) return notUnderstood(object);
  return fail(`nmcli: ${obj} is not modelled here`, 1);
}

def({ name: 'nmcli', summary: 'command-line tool for controlling NetworkManager', available: linuxOnly, spec, run: nmcli });
