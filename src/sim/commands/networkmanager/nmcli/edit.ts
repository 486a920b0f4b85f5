// `nmcli connection edit` (connections.c do_connection_edit(), editor_menu_main()): the interactive editor's main
// menu with its banner, the `nmcli> ` prompt and the commands set/add, remove, print, verify, save, activate,
// back, help/?, quit with their texts. goto (the setting submenus), describe and `nmcli` options are not modelled.
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import type { Cfg } from './format';
import { activate, findProfile, nmState, refused, uuid4, type Profile } from './model';
import { setProperty } from './modify';
import type { Io } from './connection';
import { showProfiles } from './show';
import { keyfile, writeProfile } from './files';
import { ETHERNET_SETTINGS, SETTINGS } from './settings';

const MAIN_USAGE =
  '------------------------------------------------------------------------------\n' +
  '---[ Main menu ]---\n' +
  'goto     [<setting> | <prop>]        :: go to a setting or property\n' +
  'remove   <setting>[.<prop>] | <prop> :: remove setting or reset property value\n' +
  'set      [<setting>.<prop> <value>]  :: set property value\n' +
  'describe [<setting>.<prop>]          :: describe property\n' +
  'print    [all | <setting>[.<prop>]]  :: print the connection\n' +
  'verify   [all | fix]                 :: verify the connection\n' +
  'save     [persistent|temporary]      :: save the connection\n' +
  'activate [<ifname>] [/<ap>|<nsp>]    :: activate the connection\n' +
  'back                                 :: go one level up (back)\n' +
  'help/?   [<command>]                 :: print this help\n' +
  'nmcli    <conf-option> <value>       :: nmcli configuration\n' +
  'quit                                 :: exit nmcli\n' +
  '------------------------------------------------------------------------------\n';

const matches = (w: string, cmd: string) => w.length > 0 && cmd.startsWith(w);

export function* editCmd(ctx: CommandContext, cfg: Cfg, args: string[], io: Io): Generator<Yield, number, unknown> {
  const st = nmState(ctx);
  let stored: Profile | undefined;
  if (args.length && !['type', 'con-name'].includes(args[0])) {
    let sel: string | undefined;
    if (['id', 'uuid', 'path', 'filename'].includes(args[0]) && args.length > 1) sel = args.shift();
    const val = args.shift()!;
    stored = findProfile(st, sel, val);
    if (!stored) return io.fail(`Error: Unknown connection '${val}'.`, 10);
  } else {
    let type: string | undefined;
    for (let i = 0; i < args.length; i += 2) if (args[i] === 'type') type = args[i + 1];
    // only wired profiles are modelled, and the type must be given (DIFFERENCES.md)
    if (type === undefined || !['ethernet', '802-3-ethernet'].includes(type)) return io.fail(`Error: invalid connection type; ${type ?? ''}.`);
  }
  const name = (() => {
    const i = args.indexOf('con-name');
    return i >= 0 ? args[i + 1] : undefined;
  })();
  /** nmc_unique_connection_name() */
  const unique = (base: string) => {
    let id = base;
    for (let n = 1; st.profiles.some((p) => p.id === id); n++) id = `${base}-${n}`;
    return id;
  };
  const draft: Profile = stored
    ? { ...stored, props: new Map(stored.props) }
    : { id: name ?? unique('ethernet'), uuid: uuid4(`${ctx.host.id}:edit:${st.nextPath}`), type: '802-3-ethernet', props: new Map([['ipv6.addr-gen-mode', 'default']]), path: 0 };
  const saved = () => !!stored && stored.id === draft.id && JSON.stringify([...stored.props]) === JSON.stringify([...draft.props]);
  ctx.out('\n===| nmcli interactive connection editor |===\n\n');
  ctx.out(stored ? `Editing existing '${stored.type}' connection: '${stored.id}'` : "Adding a new '802-3-ethernet' connection");
  ctx.out("\n\nType 'help' or '?' for available commands.\nType 'print' to show all the connection properties.\nType 'describe [<setting>.<prop>]' for detailed property description.\n\n");
  const valid = ETHERNET_SETTINGS.join(', ');
  ctx.out(`You may edit the following settings: ${valid}\n`);
  for (;;) {
    const line = String(yield { ask: 'nmcli> ' }).trim();
    if (!line) continue;
    const [cmd, ...rest] = line.split(/\s+/);
    const arg = rest.join(' ');
    if (matches(cmd, 'set') || matches(cmd, 'add')) {
      const [key, ...v] = rest;
      if (!key) {
        ctx.out(`Error: no setting selected; valid are [${valid}]\nuse 'goto <setting>' first, or 'set <setting>.<property>'\n`);
        continue;
      }
      const [sett, prop] = key.split(/\.(.*)/s);
      if (prop === undefined) {
        ctx.out(`Error: missing setting for '${key}' property\n`);
        continue;
      }
      const setting = Object.keys(SETTINGS).find((s) => s === sett || (sett === 'ethernet' && s === '802-3-ethernet'));
      if (!setting) {
        ctx.out(`Error: invalid setting argument '${sett}'; valid are [${valid}]\n`);
        continue;
      }
      const value = v.length ? v.join(' ') : String(yield { ask: `Enter '${prop}' value: ` });
      // setting a value in edit mode appends (NM_META_ACCESSOR_MODIFIER_ADD)
      const err = setProperty(draft, `+${setting}.${prop}`, value);
      if (err) ctx.out(err.msg.replace(/^Error: invalid property '([^']*)': (.*)\.$/, 'Error: invalid property: $2').replace(/^Error: failed to modify [^:]*: (.*)\.$/, `Error: failed to set '${prop}' property: $1`) + '\n');
      continue;
    }
    if (matches(cmd, 'remove')) {
      const [sett, prop] = arg.split(/\.(.*)/s);
      if (prop !== undefined) {
        const err = setProperty(draft, `${sett === 'ethernet' ? '802-3-ethernet' : sett}.${prop}`, '');
        if (err) ctx.out(`Error: failed to remove value of '${prop}': ${err.msg.replace(/^Error: [^:]*: /, '').replace(/\.$/, '')}\n`);
      } else if (sett === 'connection') ctx.out(`Error: setting '${sett}' is mandatory and cannot be removed.\n`);
      else {
        const setting = Object.keys(SETTINGS).find((s) => s === sett || (sett === 'ethernet' && s === '802-3-ethernet'));
        if (!setting) ctx.out(`Error: invalid setting argument '${sett}'; valid are [${valid}]\n`);
        // a removed setting comes back with its defaults when the profile is normalized
        else for (const k of [...draft.props.keys()]) if (k.startsWith(`${setting}.`)) draft.props.delete(k);
      }
      continue;
    }
    if (matches(cmd, 'print')) {
      // editor_show_connection(): the profile only, pretty and multiline
      const r = showProfiles(ctx, st, { ...cfg, mode: 'pretty', multiline: true, escape: false, fields: arg && arg !== 'all' ? arg : null }, [draft], false, true);
      ctx.out('out' in r ? r.out : `Error: ${r.error}\n`);
      continue;
    }
    if (matches(cmd, 'verify')) {
      const m = draft.props.get('ipv4.method') ?? 'auto';
      const bad = m === 'manual' && !draft.props.get('ipv4.addresses') ? "ipv4.method: method 'manual' requires at least an address or a route" : null;
      ctx.out(`Verify connection: ${bad ?? 'OK'}\n`);
      continue;
    }
    if (matches(cmd, 'save')) {
      if (arg && !matches(arg, 'temporary') && !matches(arg, 'persistent')) {
        ctx.out(`Error: invalid argument '${arg}'\n`);
        continue;
      }
      const m = draft.props.get('ipv4.method') ?? 'auto';
      if (m === 'manual' && !draft.props.get('ipv4.addresses')) {
        ctx.out("Error: connection verification failed: ipv4.method: method 'manual' requires at least an address or a route\nYou may try running 'verify fix' to fix errors.\n");
        continue;
      }
      const ac = (p?: Profile) => (p?.props.get('connection.autoconnect') ?? 'yes') === 'yes';
      if (ac(draft) && !(stored && ac(stored))) {
        const answer = String(yield { ask: "Saving the connection with 'autoconnect=yes'. That might result in an immediate activation of the connection.\nDo you still want to save? (yes/no) [yes] " }).trim();
        if (answer && !matches(answer, 'yes')) continue;
      }
      if (refused(ctx)) {
        ctx.out(`Error: Failed to save '${draft.id}' (${draft.uuid}) connection: Insufficient privileges\n`);
        continue;
      }
      const isNew = !stored;
      if (stored) {
        stored.id = draft.id;
        stored.props = new Map(draft.props);
      } else {
        stored = { ...draft, props: new Map(draft.props), path: st.nextPath++ };
        st.profiles.push(stored);
      }
      if (!matches(arg || 'persistent', 'temporary')) {
        stored.file ??= keyfile(stored.id);
        writeProfile(ctx, stored);
      }
      ctx.out(`Connection '${stored.id}' (${stored.uuid}) successfully ${isNew ? 'saved' : 'updated'}.\n`);
      continue;
    }
    if (matches(cmd, 'activate')) {
      if (!saved()) {
        ctx.out("Error: connection is not saved. Type 'save' first.\n");
        continue;
      }
      const iface = rest[0] ?? stored!.props.get('connection.interface-name');
      if (!iface || !ctx.host.ifaces.some((i) => i.name === iface)) {
        ctx.out(`Error: Cannot activate connection: ${iface ? `device '${iface}' not found for connection '${stored!.id}'` : `no device found for connection '${stored!.id}'`}.\n`);
        continue;
      }
      ctx.out('Monitoring connection activation (press any key to continue)\n');
      if (refused(ctx)) {
        ctx.out(`Error: Failed to activate '${stored!.id}' (${stored!.uuid}) connection: Not authorized to control networking.\n`);
        continue;
      }
      const n = activate(ctx, st, stored!, iface);
      ctx.out(`Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/${n})\n`);
      continue;
    }
    if (matches(cmd, 'back')) continue;
    if (matches(cmd, 'help') || cmd === '?') {
      ctx.out(MAIN_USAGE);
      continue;
    }
    if (matches(cmd, 'quit')) {
      if (!saved()) {
        const answer = String(yield { ask: 'The connection is not saved. Do you really want to quit? (yes/no) [no] ' }).trim();
        if (!answer || !matches(answer, 'yes')) continue;
      }
      return 0;
    }
    ctx.out(`Unknown command: '${line}'\n`);
  }
}
