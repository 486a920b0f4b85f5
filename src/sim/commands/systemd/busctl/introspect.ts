// busctl introspect SERVICE OBJECT [INTERFACE] of systemd 252 (src/busctl/busctl.c introspect()) for hostnamed's
// object: the members sd-bus introspects (bus-introspect.c: Peer, Introspectable and Properties, then the object's
// vtable) and the properties' current values from GetAll (format_cmdline(): strings quoted, C escapes), sorted by
// interface, kind, name and signature, in columns as wide as their longest cell (RESULT/VALUE at most 40 columns,
// longer values ellipsized at the end). The hostname1, timedate1 and locale1 vtables are those of hostnamed.c,
// timedated.c and localed.c at RHEL 9's v252-46.
import type { CommandContext } from '../../../context';
import { zoneOf } from '../../lib/clock';

interface Member {
  iface: string;
  type: 'interface' | 'method' | 'property' | 'signal';
  name?: string;
  signature?: string;
  result?: string;
  value?: string;
  flags: '' | 'const' | 'emits-change';
  writable?: boolean;
}

const STANDARD: Omit<Member, 'flags'>[] = [
  { iface: 'org.freedesktop.DBus.Peer', type: 'interface' },
  { iface: 'org.freedesktop.DBus.Peer', type: 'method', name: 'Ping' },
  { iface: 'org.freedesktop.DBus.Peer', type: 'method', name: 'GetMachineId', result: 's' },
  { iface: 'org.freedesktop.DBus.Introspectable', type: 'interface' },
  { iface: 'org.freedesktop.DBus.Introspectable', type: 'method', name: 'Introspect', result: 's' },
  { iface: 'org.freedesktop.DBus.Properties', type: 'interface' },
  { iface: 'org.freedesktop.DBus.Properties', type: 'method', name: 'Get', signature: 'ss', result: 'v' },
  { iface: 'org.freedesktop.DBus.Properties', type: 'method', name: 'GetAll', signature: 's', result: 'a{sv}' },
  { iface: 'org.freedesktop.DBus.Properties', type: 'method', name: 'Set', signature: 'ssv' },
  { iface: 'org.freedesktop.DBus.Properties', type: 'signal', name: 'PropertiesChanged', signature: 'sa{sv}as' },
];

/** cescape(): what format_cmdline() prints inside the quotes. */
function cescape(s: string): string {
  const map: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', '"': '\\"', "'": "\\'" };
  return s.replace(/[\x00-\x1f\x7f\\"']/g, (c) => map[c] ?? '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'));
}

/** KEY=value of an os-release file, unquoted. */
function osRelease(ctx: CommandContext, key: string): string {
  const text = ctx.host.fs.exists('/etc/os-release') ? String(ctx.host.fs.read('/etc/os-release')) : '';
  const m = new RegExp(`^${key}=(.*)$`, 'm').exec(text);
  return m ? m[1].replace(/^"(.*)"$/, '$1') : '';
}

/** hostnamed's properties on a VirtualBox guest, in its vtable's order. */
function hostname1(ctx: CommandContext): Member[] {
  const host = ctx.host;
  const etc = host.fs.exists('/etc/hostname') ? String(host.fs.read('/etc/hostname')).split('\n')[0].trim() : '';
  // context_determine_hostname_source(): the static name when they agree; the fallback is "localhost"
  const source = host.hostname === etc ? 'static' : host.hostname === 'localhost' ? 'default' : 'transient';
  const props: [string, string, Member['flags']][] = [
    ['Hostname', host.hostname, 'emits-change'],
    ['StaticHostname', etc, 'emits-change'],
    ['PrettyHostname', '', 'emits-change'],
    ['DefaultHostname', 'localhost', 'const'],
    ['HostnameSource', source, 'emits-change'],
    ['IconName', 'computer-vm', 'emits-change'],
    ['Chassis', 'vm', 'emits-change'],
    ['Deployment', '', 'emits-change'],
    ['Location', '', 'emits-change'],
    ['KernelName', 'Linux', 'const'],
    ['KernelRelease', host.sys?.kernel ?? '', 'const'],
    ['KernelVersion', '#1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024', 'const'],
    ['OperatingSystemPrettyName', osRelease(ctx, 'PRETTY_NAME'), 'const'],
    ['OperatingSystemCPEName', osRelease(ctx, 'CPE_NAME'), 'const'],
    ['HomeURL', osRelease(ctx, 'HOME_URL'), 'const'],
    ['HardwareVendor', 'innotek GmbH', 'const'],
    ['HardwareModel', 'VirtualBox', 'const'],
    ['FirmwareVersion', 'VirtualBox', 'const'],
  ];
  const I = 'org.freedesktop.hostname1';
  const methods: [string, string, string][] = [
    ['SetHostname', 'sb', ''], ['SetStaticHostname', 'sb', ''], ['SetPrettyHostname', 'sb', ''], ['SetIconName', 'sb', ''],
    ['SetChassis', 'sb', ''], ['SetDeployment', 'sb', ''], ['SetLocation', 'sb', ''], ['GetProductUUID', 'b', 'ay'],
    ['GetHardwareSerial', '', 's'], ['Describe', '', 's'],
  ];
  return [
    { iface: I, type: 'interface', flags: '' },
    ...props.map(([name, v, flags]): Member => ({ iface: I, type: 'property', name, signature: 's', value: `"${cescape(v)}"`, flags })),
    ...methods.map(([name, signature, result]): Member => ({ iface: I, type: 'method', name, signature, result, flags: '' })),
  ];
}

/**
 * timedated's properties (src/timedate/timedated.c at v252-46): the zone, the RTC in UTC, NTP through chronyd (as
 * timedatectl shows them), and the clocks in microseconds (the RTC to the second). Properties without a flag get
 * EmitsChangedSignal "false", which busctl shows as "-".
 */
function timedate1(ctx: CommandContext): Member[] {
  const chronyd = ctx.host.sys?.units.get('chronyd.service');
  const ntp = chronyd?.active === 'active';
  const now = ctx.world.now;
  const I = 'org.freedesktop.timedate1';
  const props: [string, string, string, Member['flags']][] = [
    ['Timezone', 's', `"${cescape(zoneOf(ctx.host))}"`, 'emits-change'],
    ['LocalRTC', 'b', 'false', 'emits-change'],
    ['CanNTP', 'b', String(!!chronyd), ''],
    ['NTP', 'b', String(ntp), 'emits-change'],
    ['NTPSynchronized', 'b', String(ntp), ''],
    ['TimeUSec', 't', String(Math.floor(now) * 1000), ''],
    ['RTCTimeUSec', 't', String(Math.floor(now / 1000) * 1000000), ''],
  ];
  const methods: [string, string, string][] = [
    ['SetTime', 'xbb', ''], ['SetTimezone', 'sb', ''], ['SetLocalRTC', 'bbb', ''], ['SetNTP', 'bb', ''], ['ListTimezones', '', 'as'],
  ];
  return [
    { iface: I, type: 'interface', flags: '' },
    ...props.map(([name, signature, value, flags]): Member => ({ iface: I, type: 'property', name, signature, value, flags })),
    ...methods.map(([name, signature, result]): Member => ({ iface: I, type: 'method', name, signature, result, flags: '' })),
  ];
}

/**
 * localed's properties (src/locale/localed.c at v252-46) as localectl shows them: locale.conf's assignments once
 * written, else the box's LANG; the console keymap and X11 layout `us` of the kickstart, the rest empty.
 */
function locale1(ctx: CommandContext): Member[] {
  const conf = ctx.host.fs.isFile('/etc/locale.conf') ? String(ctx.host.fs.read('/etc/locale.conf')) : null;
  const locale = conf !== null
    ? conf.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.replace(/="(.*)"$/, '=$1'))
    : [`LANG=${ctx.host.env.LANG ?? 'en_US.UTF-8'}`];
  const I = 'org.freedesktop.locale1';
  const str = (name: string, v: string): Member => ({ iface: I, type: 'property', name, signature: 's', value: `"${cescape(v)}"`, flags: 'emits-change' });
  return [
    { iface: I, type: 'interface', flags: '' },
    // an array: format_cmdline() prints its length, then the elements
    { iface: I, type: 'property', name: 'Locale', signature: 'as', value: [String(locale.length), ...locale.map((l) => `"${cescape(l)}"`)].join(' '), flags: 'emits-change' },
    str('X11Layout', 'us'), str('X11Model', ''), str('X11Variant', ''), str('X11Options', ''), str('VConsoleKeymap', 'us'), str('VConsoleKeymapToggle', ''),
    { iface: I, type: 'method', name: 'SetLocale', signature: 'asb', flags: '' },
    { iface: I, type: 'method', name: 'SetVConsoleKeyboard', signature: 'ssbb', flags: '' },
    { iface: I, type: 'method', name: 'SetX11Keyboard', signature: 'ssssbb', flags: '' },
  ];
}

/**
 * The LogControl1 object each daemon registers (src/shared/bus-log-control-api.c): the level and target log_setup()
 * leaves (info, auto), both writable, and the program's name as syslog identifier.
 */
const logControl = (program: string) => (): Member[] => {
  const I = 'org.freedesktop.LogControl1';
  return [
    { iface: I, type: 'interface', flags: '' },
    { iface: I, type: 'property', name: 'LogLevel', signature: 's', value: '"info"', flags: '', writable: true },
    { iface: I, type: 'property', name: 'LogTarget', signature: 's', value: '"auto"', flags: '', writable: true },
    { iface: I, type: 'property', name: 'SyslogIdentifier', signature: 's', value: `"${program}"`, flags: '' },
  ];
};

/** The objects whose members are known: service, then path. */
const OBJECTS: Record<string, Record<string, (ctx: CommandContext) => Member[]>> = {
  'org.freedesktop.hostname1': { '/org/freedesktop/hostname1': hostname1, '/org/freedesktop/LogControl1': logControl('systemd-hostnamed') },
  'org.freedesktop.timedate1': { '/org/freedesktop/timedate1': timedate1, '/org/freedesktop/LogControl1': logControl('systemd-timedated') },
  'org.freedesktop.locale1': { '/org/freedesktop/locale1': locale1, '/org/freedesktop/LogControl1': logControl('systemd-localed') },
};

const cmp = (a?: string, b?: string) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1);

/** ellipsize(s, width, 100) for ASCII text: the start, then the ellipsis ("…" in a UTF-8 locale, else "..."). */
function ellipsize(s: string, width: number, utf8: boolean): string {
  if (s.length <= width) return s;
  const need = utf8 ? 1 : 3;
  return s.slice(0, width - need) + (utf8 ? '…' : '...');
}

/** The table, or null when the object is not one the model knows. */
export function introspect(ctx: CommandContext, service: string, path: string, iface: string | undefined, o: { legend: boolean; color: boolean }): string | null {
  const make = OBJECTS[service]?.[path];
  if (!make) return null;
  const members = [...STANDARD.map((m): Member => ({ ...m, flags: '' })), ...make(ctx)].filter((m) => !iface || m.iface === iface);
  let nameW = 4;
  let typeW = 4;
  let sigW = 'SIGNATURE'.length;
  let resW = 'RESULT/VALUE'.length;
  for (const m of members) {
    nameW = Math.max(nameW, m.iface.length, m.name ? m.name.length + 1 : 0);
    typeW = Math.max(typeW, m.type.length);
    sigW = Math.max(sigW, m.signature?.length ?? 0);
    resW = Math.max(resW, m.result?.length ?? 0, m.value?.length ?? 0);
  }
  resW = Math.min(resW, 40);
  members.sort((a, b) => cmp(a.iface, b.iface) || cmp(a.type, b.type) || cmp(a.name, b.name) || cmp(a.signature, b.signature));
  const env = ctx.frame.env;
  const utf8 = /utf-?8/i.test(env.LC_ALL || env.LC_CTYPE || env.LANG || '');
  const dash = (s?: string) => (s ? s : '-');
  let out = o.legend ? `${'NAME'.padEnd(nameW)} ${'TYPE'.padEnd(typeW)} ${'SIGNATURE'.padEnd(sigW)} ${'RESULT/VALUE'.padEnd(resW)} FLAGS\n` : '';
  for (const m of members) {
    const isIface = m.type === 'interface';
    if (iface && isIface) continue;
    const rv = m.value !== undefined ? ellipsize(m.value, resW, utf8) : dash(m.result);
    const name = isIface ? (o.color ? '\x1b[0;1;39m' : '') + m.iface.padEnd(nameW) + (o.color ? '\x1b[0m' : '') : '.' + dash(m.name).padEnd(nameW - 1);
    // the flags column: " -" when there is none, then const / emits-change, then writable
    const flags = m.flags || m.writable ? `${m.flags ? ' ' + m.flags : ''}${m.writable ? ' writable' : ''}` : ' -';
    out += `${name} ${m.type.padEnd(typeW)} ${dash(m.signature).padEnd(sigW)} ${rv.padEnd(resW)}${flags}\n`;
  }
  return out;
}
