// `nmcli connection` (src/nmcli/connections.c of NetworkManager 1.48.10): show, up, down, modify, add, clone,
// delete, reload, load, export, with their messages. Activating a profile puts its address on the device and
// deactivating takes it away (model.ts); a change to an ifcfg-rh profile is written back to its ifcfg file, new
// profiles go to keyfiles under /etc/NetworkManager/system-connections (files.ts).
import type { CommandContext } from '../../../context';
import { table, type Cfg } from './format';
import { activate, activeOf, deactivate, devices, findProfile, ifaceOf, nmState, refused, uuid4, type NmState, type Profile } from './model';
import { showProfiles } from './show';
import { setProperty } from './modify';
import { keyfile, writeProfile } from './files';
import { loadFile, reloadAll } from './reload';

export interface Io {
  fail: (msg: string, code?: number) => number;
  usage: (key: string) => number;
}

const SELECTORS = ['id', 'uuid', 'path', 'filename'];
const typeName = (p: Profile) => (p.type === '802-3-ethernet' ? 'ethernet' : p.type);

/** Splits `[id|uuid|path|filename] ID` off the front of args. */
function selector(args: string[], io: Io): { sel?: string; val: string } | number {
  let sel: string | undefined;
  if (SELECTORS.includes(args[0]) && args.length > 1) sel = args.shift();
  else if (SELECTORS.includes(args[0])) return io.fail(`Error: ${args[0]} argument is missing.`);
  const val = args.shift();
  if (val === undefined) return io.fail('Error: No connection specified.');
  return { sel, val };
}

function list(ctx: CommandContext, st: NmState, cfg: Cfg, activeOnly: boolean): string {
  const devs = devices(ctx);
  // con_show_get_items_cmp(): nmc_active_connection_cmp() (active ones, the default route's first, then by their
  // number of addresses), then the name as g_utf8_collate() orders it in the guest's en_US.UTF-8, then the path
  const rank = (p: Profile) => {
    const d = devs.find((x) => x.ac?.uuid === p.uuid);
    return d ? [1, Number(d.isDefault), d.ip4.addrs.length + d.ip6.addrs.length] : [0, 0, 0];
  };
  const cmp = (a: Profile, b: Profile) => {
    const [ra, rb] = [rank(a), rank(b)];
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2] || a.id.localeCompare(b.id, 'en-US') || a.path - b.path;
  };
  const ps = [...st.profiles].sort(cmp).filter((p) => !activeOnly || activeOf(st, p));
  return table(cfg, ['NAME', 'UUID', 'TYPE', 'DEVICE'], ps.map((p) => [p.id, p.uuid, typeName(p), devs.find((d) => d.ac?.uuid === p.uuid)?.iface ?? '']), 'NetworkManager connection profiles');
}

export function* connectionCmd(ctx: CommandContext, cfg: Cfg, cmd: string, args: string[], io: Io): Generator<never, number, unknown> {
  const st = nmState(ctx);
  const isHelp = (w: string | undefined) => w === 'help' || w === '--help' || w === '-h';
  if (cmd === 'show') {
    if (isHelp(args[0])) return io.usage('connection show');
    let active = false;
    while (['--active', '-a', '--order', '-active', '--act', '-act'].includes(args[0])) {
      if (args.shift()!.includes('order')) args.shift();
      else active = true;
    }
    if (!args.length) {
      ctx.out(list(ctx, st, cfg, active));
      return 0;
    }
    const found: Profile[] = [];
    while (args.length) {
      let sel: string | undefined;
      if ([...SELECTORS, 'apath'].includes(args[0]) && args.length > 1) sel = args.shift();
      const val = args.shift()!;
      const ap = /^\/org\/freedesktop\/NetworkManager\/ActiveConnection\/(\d+)$/.exec(val);
      const p = sel === 'apath' || (!sel && ap)
        ? st.profiles.find((x) => st.active.some((a) => a.uuid === x.uuid && ap && a.acPath === Number(ap[1])))
        : findProfile(st, sel, val);
      if (!p || (active && !activeOf(st, p))) return io.fail(`Error: ${val} - no such connection profile.`, 10);
      found.push(p);
    }
    const r = showProfiles(ctx, st, cfg, found, false);
    if ('error' in r) return io.fail(`Error: 'connection show': ${r.error}`);
    ctx.out(r.out);
    return 0;
  }
  if (cmd === 'up') {
    const s = selector(args, io);
    if (typeof s === 'number') return s;
    const p = findProfile(st, s.sel, s.val);
    if (!p) return io.fail(`Error: unknown connection '${s.val}'.`, 10);
    const bound = ifaceOf(p);
    let ifname: string | undefined;
    while (args.length) {
      const w = args.shift()!;
      const v = args.shift();
      if (v === undefined) return io.fail(`Error: ${w} argument is missing.`);
      if (w === 'ifname') ifname = v;
    }
    let iface: string;
    if (ifname !== undefined) {
      // find_device_for_connection() with libnm's nm_device_connection_compatible()
      const dev = ctx.host.ifaces.find((i) => i.name === ifname);
      if (!dev) return io.fail(`Error: device '${ifname}' not found for connection '${p.id}'.`, 4);
      const loDev = ifname === 'lo';
      const why = bound && bound !== ifname ? "The interface names of the device and the connection didn't match"
        : loDev !== (p.type === 'loopback') ? (loDev ? 'The connection was not a loopback connection.' : 'The connection was not an Ethernet or PPPoE connection.') : null;
      if (why) return io.fail(`Error: device '${ifname}' not compatible with connection '${p.id}': ${why}.`, 4);
      iface = ifname;
    } else {
      // the daemon's nm_manager_get_best_device_for_connection(): a free device of the profile's kind first
      const kind = ctx.host.ifaces.filter((i) => (i.name === 'lo') === (p.type === 'loopback'));
      const fits = kind.filter((i) => !bound || i.name === bound);
      const free = fits.find((i) => !st.active.some((a) => a.iface === i.name && a.uuid !== p.uuid));
      const pickDev = fits.find((i) => st.active.some((a) => a.iface === i.name && a.uuid === p.uuid)) ?? free ?? fits[0];
      if (!pickDev) {
        const first = kind[0]?.name ?? ctx.host.ifaces[0].name;
        return io.fail(`Error: Connection activation failed: No suitable device found for this connection (device ${first} not available because profile is not compatible with device (mismatching interface name)).`, 4);
      }
      iface = pickDev.name;
    }
    if (refused(ctx)) return io.fail('Error: Connection activation failed: Not authorized to control networking.', 4);
    const n = activate(ctx, st, p, iface);
    ctx.out(`Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/${n})\n`);
    return 0;
  }
  if (cmd === 'down') {
    if (!args.length) return io.fail('Error: No connection specified.');
    const found: { p: Profile; iface: string; acPath: number }[] = [];
    let missing = false;
    while (args.length) {
      let sel: string | undefined;
      if ([...SELECTORS, 'apath'].includes(args[0])) {
        sel = args.shift();
        if (!args.length) return io.fail(`Error: ${sel} argument is missing.`);
      }
      const val = args.shift()!;
      const ap = /^\/org\/freedesktop\/NetworkManager\/ActiveConnection\/(\d+)$/.exec(val);
      const a = st.active.find((x) => {
        const p = st.profiles.find((y) => y.uuid === x.uuid)!;
        return ((!sel || sel === 'apath') && ap && x.acPath === Number(ap[1])) || (sel !== 'apath' && findProfile(st, sel, val) === p);
      });
      if (!a) {
        ctx.err(`Error: '${val}' is not an active connection.\n`);
        missing = true;
      } else found.push({ p: st.profiles.find((y) => y.uuid === a.uuid)!, iface: a.iface, acPath: a.acPath });
    }
    if (!found.length) return io.fail('Error: no active connection provided.', 10);
    for (const f of found) {
      if (refused(ctx)) {
        ctx.out(`Connection '${f.p.id}' deactivation failed: Not authorized to deactivate connections\n`);
        continue;
      }
      deactivate(ctx, st, f.iface);
      ctx.out(`Connection '${f.p.id}' successfully deactivated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/${f.acPath})\n`);
    }
    return missing ? io.fail('Error: not all active connections found.', 10) : 0;
  }
  if (cmd === 'modify') {
    let temporary = false;
    while (args[0] === '--temporary' || args[0] === '--temp') {
      args.shift();
      temporary = true;
    }
    const s = selector(args, io);
    if (typeof s === 'number') return s;
    const p = findProfile(st, s.sel, s.val);
    if (!p) return io.fail(`Error: unknown connection '${s.val}'.`, 10);
    if (!args.length) return io.fail('Error: <setting>.<property> argument is missing.');
    const next = new Map(p.props);
    const draft: Profile = { ...p, props: next };
    while (args.length) {
      const key = args.shift()!;
      const value = args.shift();
      const err = setProperty(draft, key, value);
      if (err) return io.fail(err.msg, err.code);
    }
    const bad = verify(draft);
    if (bad) return io.fail(`Error: Failed to modify connection '${p.id}': ${bad}`, 1);
    if (refused(ctx)) return io.fail(`Error: Failed to modify connection '${p.id}': Insufficient privileges`, 1);
    p.props = next;
    p.id = draft.id;
    if (!temporary && p.file) writeProfile(ctx, p);
    if (cfg.mode === 'pretty') ctx.out(`Connection '${p.id}' (${p.uuid}) successfully modified.\n`);
    return 0;
  }
  if (cmd === 'delete') {
    if (!args.length) return io.fail('Error: No connection specified.');
    const found: Profile[] = [];
    const invalid: string[] = [];
    while (args.length) {
      const s = selector(args, io);
      if (typeof s === 'number') return s;
      const p = findProfile(st, s.sel, s.val);
      if (!p) {
        ctx.err(`Error: unknown connection '${s.val}'.\n`);
        invalid.push(s.sel ? `${s.sel} '${s.val}'` : `'${s.val}'`);
      } else found.push(p);
    }
    for (const p of found) {
      if (refused(ctx)) {
        ctx.err('Error: Connection deletion failed: Insufficient privileges\n');
        return io.fail('Error: not all connections deleted.', 7);
      }
      const a = activeOf(st, p);
      if (a) deactivate(ctx, st, a.iface);
      st.profiles = st.profiles.filter((x) => x !== p);
      if (p.file && ctx.host.fs.isFile(p.file)) ctx.host.fs.remove(p.file);
      ctx.out(`Connection '${p.id}' (${p.uuid}) successfully deleted.\n`);
    }
    if (invalid.length) return io.fail(`Error: cannot delete unknown connection(s): ${invalid.join(', ')}.`, 10);
    return 0;
  }
  if (cmd === 'add' || cmd === 'clone') {
    if (cmd === 'clone') {
      let temporary = false;
      if (args[0] === '--temporary') temporary = !!args.shift();
      const s = selector(args, io);
      if (typeof s === 'number') return s;
      const p = findProfile(st, s.sel, s.val);
      if (!p) return io.fail(`Error: unknown connection '${s.val}'.`, 10);
      const name = args.shift();
      if (name === undefined) return io.fail('Error: <new name> argument is missing.');
      if (args.length) return io.fail(`Error: unknown extra argument: '${args[0]}'.`);
      if (refused(ctx)) return io.fail(`Error: Failed to add '${name}' connection: Insufficient privileges`, 4);
      const c: Profile = { id: name, uuid: uuid4(`${ctx.host.id}:${name}:${st.nextPath}`), type: p.type, props: new Map(p.props), path: st.nextPath++ };
      if (!temporary) c.file = keyfile(name);
      st.profiles.push(c);
      if (c.file) writeProfile(ctx, c);
      ctx.out(`${p.id} (${p.uuid}) cloned as ${c.id} (${c.uuid}).\n`);
      return 0;
    }
    return addProfile(ctx, st, args, io);
  }
  if (cmd === 'reload') {
    reloadAll(ctx);
    return 0;
  }
  if (cmd === 'load') {
    if (!args.length) return io.fail('Error: No connection specified.');
    // relative names get $PWD in front; LoadConnections() answers with the files it could not load
    for (const f of args) {
      const abs = f === '' || f.startsWith('/') ? f : `${ctx.frame.cwd.replace(/\/$/, '')}/${f}`;
      if (!loadFile(ctx, st, abs)) ctx.err(`Could not load file '${abs}'\n`);
    }
    return 0;
  }
  if (cmd === 'export') {
    const s = selector(args, io);
    if (typeof s === 'number') return s;
    const p = findProfile(st, s.sel, s.val);
    if (!p) return io.fail(`Error: unknown connection '${s.val}'.`, 10);
    return io.fail('Error: the connection is not VPN.');
  }
  if (cmd === 'import') {
    if (args[0] === '--temporary') args.shift();
    if (!args.length) return io.fail('Error: No arguments provided.');
    let type: string | undefined;
    let file: string | undefined;
    while (args.length) {
      const w = args.shift()!;
      if (w !== 'type' && w !== 'file') return io.fail(`Error: invalid extra argument '${w}'.`);
      const v = args.shift();
      if (v === undefined) return io.fail(`Error: ${w} argument is missing.`);
      if (w === 'type') type = v;
      else file = v;
    }
    if (!type) return io.fail("Error: 'type' argument is required.");
    if (!file) return io.fail("Error: 'file' argument is required.");
    // no VPN plugin (NetworkManager-openvpn, -libreswan, ...) is installed on the box; WireGuard is not modelled
    return io.fail(`Error: failed to find VPN plugin for ${type}.`, 1);
  }
  if (cmd === 'migrate') {
    let plugin = 'keyfile';
    while (args[0] === '--plugin') {
      args.shift();
      const v = args.shift();
      if (v === undefined) return io.fail("Error: '--plugin' argument is missing.");
      plugin = v;
    }
    const found: Profile[] = [];
    const invalid: string[] = [];
    while (args.length) {
      const s = selector(args, io);
      if (typeof s === 'number') return s;
      const p = findProfile(st, s.sel, s.val);
      if (!p) {
        ctx.err(`Error: unknown connection '${s.val}'.\n`);
        invalid.push(s.sel ? `${s.sel} '${s.val}'` : `'${s.val}'`);
      } else found.push(p);
    }
    if (invalid.length) return io.fail(`Error: cannot migrate unknown connection(s): ${invalid.join(', ')}.`, 10);
    for (const p of found.length ? found : [...st.profiles]) {
      if (refused(ctx)) {
        ctx.err('Error: Connection migration failed: Insufficient privileges\n');
        return io.fail('Error: not all connections migrated.', 1);
      }
      // an ifcfg-rh profile moves to a keyfile; one already there, or in memory, stays as it is
      if (plugin === 'keyfile' && p.file && !p.file.endsWith('.nmconnection')) {
        const old = p.file;
        p.file = keyfile(p.id);
        writeProfile(ctx, p);
        if (ctx.host.fs.isFile(old)) ctx.host.fs.remove(old);
      }
      ctx.out(`Connection '${p.id}' (${p.uuid}) successfully migrated.\n`);
    }
    return 0;
  }
  // edit (the interactive editor): see DIFFERENCES.md
  return io.fail(`Error: argument '${cmd}' not understood. Try passing --help instead.`);
}

/** NMSettingIPConfig verify(): the checks a changed profile must pass. */
function verify(p: Profile): string | null {
  for (const s of ['ipv4', 'ipv6']) {
    const m = p.props.get(`${s}.method`) ?? 'auto';
    const addrs = p.props.get(`${s}.addresses`) ?? '';
    if (m === 'manual' && !addrs && !p.props.get(`${s}.routes`)) return `${s}.method: method 'manual' requires at least an address or a route`;
    if (p.props.get(`${s}.gateway`) && !addrs) return `${s}.gateway: gateway cannot be set if there are no addresses configured`;
  }
  return null;
}

function addProfile(ctx: CommandContext, st: NmState, args: string[], io: Io): number {
  let type: string | undefined;
  let ifname: string | undefined;
  let name: string | undefined;
  const rest: string[] = [];
  while (args.length) {
    const w = args.shift()!;
    if (w === '--') continue;
    if (['type', 'ifname', 'con-name', 'autoconnect', 'save'].includes(w)) {
      const v = args.shift();
      if (v === undefined) return io.fail(`Error: value for '${w}' is missing.`);
      if (w === 'type') type = v;
      else if (w === 'ifname') ifname = v;
      else if (w === 'con-name') name = v;
      else if (w === 'autoconnect') rest.push('connection.autoconnect', v);
    } else rest.push(w, ...(args.length ? [args.shift()!] : []));
  }
  if (type === undefined) return io.fail("Error: 'type' argument is required.");
  // only wired profiles are modelled (DIFFERENCES.md)
  if (!['ethernet', '802-3-ethernet'].includes(type)) return io.fail(`Error: invalid connection type; ${type}.`);
  if (ifname === '*') ifname = undefined;
  const base = name ?? (ifname ? `ethernet-${ifname}` : 'ethernet');
  let id = base;
  for (let n = 1; !name && st.profiles.some((p) => p.id === id); n++) id = `${base}-${n}`;
  const p: Profile = { id, uuid: uuid4(`${ctx.host.id}:${id}:${st.nextPath}`), type: '802-3-ethernet', props: new Map([['ipv6.addr-gen-mode', 'default']]), path: 0 };
  if (ifname) p.props.set('connection.interface-name', ifname);
  while (rest.length) {
    const err = setProperty(p, rest.shift()!, rest.shift());
    if (err) return io.fail(err.msg, err.code);
  }
  const bad = verify(p);
  if (bad) return io.fail(`Error: Failed to add '${p.id}' connection: ${bad}`, 1);
  if (refused(ctx)) return io.fail(`Error: Failed to add '${p.id}' connection: Insufficient privileges`, 4);
  p.path = st.nextPath++;
  p.file = keyfile(p.id);
  st.profiles.push(p);
  writeProfile(ctx, p);
  ctx.out(`Connection '${p.id}' (${p.uuid}) successfully added.\n`);
  // autoconnect: a free device the profile fits takes it up
  const dev = p.props.get('connection.interface-name');
  if ((p.props.get('connection.autoconnect') ?? 'yes') === 'yes' && dev && ctx.host.ifaces.some((i) => i.name === dev) && !st.active.some((a) => a.iface === dev) && !st.blocked.has(dev)) activate(ctx, st, p, dev);
  return 0;
}
