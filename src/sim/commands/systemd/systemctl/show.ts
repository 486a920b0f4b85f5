// `systemctl show`: a unit's D-Bus properties as systemctl 252 prints them (src/systemctl/systemctl-show.c
// show_one() and print_property(), src/shared/bus-print-properties.c bus_print_property()), in the order PID 1
// answers GetAll (props.ts). Values come from the unit model and its unit file; what the model does not hold is
// the default systemd 252 gives a unit that does not set it (service.c service_init(), execute.c
// exec_context_init(), cgroup.c cgroup_context_init(), kill.c kill_context_init(), unit.c unit_new(), main.c's
// Default*= settings).
import { fileState, unitState } from './state';
import type { CommandContext } from '../../../context';
import type { SystemdUnit } from '../../../types';
import { Rng, seedFrom } from '../../../rng';
import { stamp } from '../../lib/units';
import { BOX_UNITS } from './box-units';
import { GIT_VERSION } from '../version';
import { bootTimeline, PHASES as P } from './boot-times';
import { timesOf } from './unit-times';
import { boxServiceUsage } from './status-service';
import { unitPaths } from './list';
import { isMasked } from './more';
import { PROPS } from './props';
import { quoteArg, tasksLimit, UNIT_DOCS, unitUsage, vendorPreset } from './status';

export interface ShowFlags {
  /** -p / --property / -P: only these, shown even when empty */
  props: string[] | null;
  /** -a: empty ones too */
  all: boolean;
  /** --value / -P: the value alone */
  value: boolean;
}

/** A value as printed; null: empty (left out unless -a or -p), string[]: one line per element (Exec*=, EnvironmentFiles=). */
type Value = string | null | string[];

/** A stable 128-bit ID (InvocationID=, ControlGroupId) made from the world's seed and a key. */
export function seededHex(seed: number, key: string, len = 32): string {
  return new Rng(seedFrom(`${seed}|${key}`)).hex(len);
}

/** Linux capability names 0..40 (cap_last_cap of the 5.14 kernel), as capability_set_to_string_alloc() lists them. */
const CAPS =
  'cap_chown cap_dac_override cap_dac_read_search cap_fowner cap_fsetid cap_kill cap_setgid cap_setuid cap_setpcap cap_linux_immutable cap_net_bind_service cap_net_broadcast cap_net_admin cap_net_raw cap_ipc_lock cap_ipc_owner cap_sys_module cap_sys_rawio cap_sys_chroot cap_sys_ptrace cap_sys_pacct cap_sys_admin cap_sys_boot cap_sys_nice cap_sys_resource cap_sys_time cap_sys_tty_config cap_mknod cap_lease cap_audit_write cap_audit_control cap_setfcap cap_mac_override cap_mac_admin cap_syslog cap_wake_alarm cap_block_suspend cap_audit_read cap_perfmon cap_bpf cap_checkpoint_restore';

/** What a unit that sets nothing gets, as printed (the sources named at the top). */
const DEFAULTS: Record<string, string> = {
  AmbientCapabilities: '', MountFlags: '', ExitType: 'main', Restart: 'no', RestartUSec: '100ms', TimeoutStartUSec: '1min 30s', TimeoutStopUSec: '1min 30s', TimeoutAbortUSec: '1min 30s',
  TimeoutStartFailureMode: 'terminate', TimeoutStopFailureMode: 'terminate', RuntimeMaxUSec: 'infinity', GuessMainPID: 'yes', Result: 'success',
  ReloadResult: 'success', CleanResult: 'success', UID: '[not set]', GID: '[not set]', OOMPolicy: 'stop', ReloadSignal: '1',
  Slice: 'system.slice', MemoryAvailable: 'infinity', IPIngressBytes: '[no data]', IPIngressPackets: '[no data]', IPEgressBytes: '[no data]',
  IPEgressPackets: '[no data]', IOReadBytes: '18446744073709551615', IOReadOperations: '18446744073709551615', IOWriteBytes: '18446744073709551615',
  IOWriteOperations: '18446744073709551615', CPUAccounting: 'yes', CPUWeight: '[not set]', StartupCPUWeight: '[not set]', CPUShares: '[not set]',
  StartupCPUShares: '[not set]', CPUQuotaPerSecUSec: 'infinity', CPUQuotaPeriodUSec: 'infinity', IOWeight: '[not set]', StartupIOWeight: '[not set]',
  BlockIOWeight: '[not set]', StartupBlockIOWeight: '[not set]', MemoryAccounting: 'yes', MemoryHigh: 'infinity', MemoryMax: 'infinity',
  MemorySwapMax: 'infinity', MemoryLimit: 'infinity', DevicePolicy: 'auto', TasksAccounting: 'yes', ManagedOOMSwap: 'auto',
  ManagedOOMMemoryPressure: 'auto', ManagedOOMPreference: 'none', UMask: '0022', CoredumpFilter: '0x33', IOSchedulingClass: '2',
  IOSchedulingPriority: '4', NUMAPolicy: 'n/a', TimerSlackNSec: '50000', StandardInput: 'null', StandardOutput: 'journal', StandardError: 'inherit',
  SyslogPriority: '30', SyslogLevelPrefix: 'yes', SyslogLevel: '6', SyslogFacility: '3', LogLevelMax: '-1', CapabilityBoundingSet: CAPS,
  ProtectHome: 'no', ProtectSystem: 'no', UtmpMode: 'init', IgnoreSIGPIPE: 'yes', SystemCallErrorNumber: '2147483646', RuntimeDirectoryPreserve: 'no',
  RuntimeDirectoryMode: '0755', StateDirectoryMode: '0755', CacheDirectoryMode: '0755', LogsDirectoryMode: '0755', ConfigurationDirectoryMode: '0755',
  TimeoutCleanUSec: 'infinity', RestrictNamespaces: 'no', KeyringMode: 'private', ProtectProc: 'default', ProcSubset: 'all', KillMode: 'control-group',
  KillSignal: '15', RestartKillSignal: '15', FinalKillSignal: '9', SendSIGKILL: 'yes', WatchdogSignal: '6', LoadState: 'loaded', FreezerState: 'running',
  CanStart: 'yes', CanStop: 'yes', CanReload: 'no', CanIsolate: 'no', CanFreeze: 'yes', DefaultDependencies: 'yes', OnSuccessJobMode: 'fail',
  OnFailureJobMode: 'replace', JobTimeoutUSec: 'infinity', JobRunningTimeoutUSec: 'infinity', JobTimeoutAction: 'none', StartLimitIntervalUSec: '10s',
  StartLimitBurst: '5', StartLimitAction: 'none', FailureAction: 'none', SuccessAction: 'none', CollectMode: 'inactive',
  LimitCPU: 'infinity', LimitCPUSoft: 'infinity', LimitFSIZE: 'infinity', LimitFSIZESoft: 'infinity', LimitDATA: 'infinity', LimitDATASoft: 'infinity',
  LimitSTACK: 'infinity', LimitSTACKSoft: '8388608', LimitCORE: 'infinity', LimitCORESoft: '0', LimitRSS: 'infinity', LimitRSSSoft: 'infinity',
  LimitNOFILE: '524288', LimitNOFILESoft: '1024', LimitAS: 'infinity', LimitASSoft: 'infinity', LimitMEMLOCK: '8388608', LimitMEMLOCKSoft: '8388608',
  LimitLOCKS: 'infinity', LimitLOCKSSoft: 'infinity', LimitMSGQUEUE: '819200', LimitMSGQUEUESoft: '819200', LimitNICE: '0', LimitNICESoft: '0',
  LimitRTPRIO: '0', LimitRTPRIOSoft: '0', LimitRTTIME: 'infinity', LimitRTTIMESoft: 'infinity',
};

/** Service types of the units the model knows, as their packages' unit files set them. */
const TYPES: Record<string, string> = {
  'sshd.service': 'notify', 'chronyd.service': 'forking', 'NetworkManager.service': 'dbus', 'firewalld.service': 'dbus', 'containerd.service': 'notify',
  'docker.service': 'notify', 'rsyslog.service': 'notify', 'kdump.service': 'oneshot', 'auditd.service': 'forking', 'dbus-broker.service': 'notify',
  'systemd-journald.service': 'notify', 'systemd-logind.service': 'notify', 'systemd-udevd.service': 'notify', 'polkit.service': 'dbus',
};

/** The settings of a unit file and its drop-ins (last one wins; an empty assignment resets a list). */
export function unitSettings(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const raw of text.split('\n')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*)$/.exec(raw);
    if (!m) continue;
    if (m[2] === '') out.set(m[1], []);
    else out.set(m[1], [...(out.get(m[1]) ?? []), (m[2] ?? '').trim()]);
  }
  return out;
}

const usec = (ms: number) => String(Math.max(0, Math.round(ms * 1000)));
const bytes = (m: string) => {
  const x = /^([\d.]+)([KMG])?$/.exec(m);
  const mult: Record<string, number> = { K: 1024, M: 1 << 20, G: 1 << 30 };
  return x ? String(Math.round(Number(x[1]) * (mult[x[2] ?? ''] ?? 1))) : '0';
};

/** The unit's file and its drop-ins (as `systemctl cat` shows them), one text, and the drop-ins' paths. */
function fileText(ctx: CommandContext, u: SystemdUnit): { text: string; dropIns: string[] } {
  const [frag, ...dropIns] = unitPaths(ctx, u.name);
  const read = (p: string) => {
    const f = ctx.host.fs.read(p);
    return typeof f === 'string' && f !== 'ENOENT' && f !== 'EISDIR' ? f : null;
  };
  let text = read(frag ?? u.path) ?? `[Unit]\nDescription=${u.description}\n\n[Service]\nExecStart=${u.execStart}\n\n[Install]\nWantedBy=multi-user.target\n`;
  for (const d of dropIns) text += '\n' + (read(d) ?? '');
  return { text, dropIns };
}

/** The values of a service unit of the model. */
function serviceValues(ctx: CommandContext, u: SystemdUnit): Record<string, Value> {
  const h = ctx.host;
  const seed = ctx.world.seed;
  const { text, dropIns } = fileText(ctx, u);
  const set = unitSettings(text);
  const one = (k: string) => set.get(k)?.slice(-1)[0];
  const active = u.active === 'active' || u.active === 'activating';
  const ran = u.active !== 'inactive' || u.pid > 0;
  const mono = (t: number) => usec(t - h.bootedAt);
  // the counters status shows
  const use = unitUsage(ctx, u);
  // a unit untouched since the boot started when the boot's timeline says (systemctl/boot-times.ts)
  const bt = u.since <= h.bootedAt && !u.log ? bootTimeline(h, seed).times.get(u.name) : undefined;
  const began = bt ? h.bootedAt + bt.activating : u.since;
  const entered = bt ? h.bootedAt + bt.activated : u.since;
  const type = one('Type') ?? TYPES[u.name] ?? (set.has('BusName') ? 'dbus' : 'simple');
  const failed = u.active === 'failed' || u.active === 'activating';
  const exec = (key: string, ex: boolean): string[] =>
    (set.get(key) ?? []).map((line) => {
      const argv = line.replace(/^[-@:+!]+/, '');
      const path = argv.split(' ')[0];
      const main = key === 'ExecStart' && ran;
      const start = main ? stamp(began) : 'n/a';
      const stop = main && failed ? stamp(u.since) : 'n/a';
      const pid = main ? u.pid : 0;
      const code = main && failed ? 'exited' : '(null)';
      const status = main && failed ? '1' : '0';
      const tail = `start_time=[${start}] ; stop_time=[${stop}] ; pid=${pid} ; code=${code} ; status=${status}${code === 'exited' ? '' : '/' + status}`;
      return ex ? `{ path=${path} ; argv[]=${argv} ; flags=${line.startsWith('-') ? 'ignore-failure' : ''} ; ${tail} }` : `{ path=${path} ; argv[]=${argv} ; ignore_errors=${line.startsWith('-') ? 'yes' : 'no'} ; ${tail} }`;
    });
  const threads = Math.floor((h.sys?.memTotalKb ?? 2_000_000) / 128);
  const enabled = u.enabled === 'enabled';
  const wanted = (set.get('WantedBy') ?? []).join(' ').split(/\s+/).filter(Boolean);
  const docs = UNIT_DOCS[u.name]?.split(/\n\s*/) ?? (set.get('Documentation') ?? []).join(' ').split(/\s+/).filter(Boolean);
  const v: Record<string, Value> = {
    Type: type,
    NotifyAccess: type === 'notify' ? 'main' : 'none',
    Restart: one('Restart') ?? 'no',
    WatchdogUSec: '0',
    RemainAfterExit: type === 'oneshot' && one('RemainAfterExit') === 'yes' ? 'yes' : 'no',
    MainPID: String(u.active === 'active' ? u.pid : 0),
    ControlPID: '0',
    FileDescriptorStoreMax: '0',
    NFileDescriptorStore: '0',
    StatusErrno: '0',
    NRestarts: '0',
    Result: u.active === 'failed' ? 'exit-code' : 'success',
    ExecMainStartTimestamp: ran ? stamp(began) : null,
    ExecMainStartTimestampMonotonic: ran ? mono(began) : '0',
    ExecMainExitTimestamp: failed ? stamp(u.since) : null,
    ExecMainExitTimestampMonotonic: failed ? mono(u.since) : '0',
    ExecMainPID: String(u.pid),
    ExecMainCode: failed ? '1' : '0',
    ExecMainStatus: failed ? '1' : '0',
    ControlGroup: active ? `/system.slice/${u.name}` : null,
    ControlGroupId: active ? String(parseInt(seededHex(seed, h.id + u.name + 'cg', 4), 16)) : '0',
    MemoryCurrent: active ? String(use.bytes ?? bytes(use.memory)) : '[not set]',
    CPUUsageNSec: active ? String(use.cpuUs * 1000) : '[not set]',
    TasksCurrent: active ? String(use.tasks) : '[not set]',
    TasksMax: String(tasksLimit(h.sys?.memTotalKb ?? 2_000_000)),
    LimitNPROC: String(Math.floor(threads / 2)),
    LimitNPROCSoft: String(Math.floor(threads / 2)),
    LimitSIGPENDING: String(Math.floor(threads / 2)),
    LimitSIGPENDINGSoft: String(Math.floor(threads / 2)),
    Id: u.name,
    Names: u.name,
    Requires: 'system.slice sysinit.target',
    Wants: (set.get('Wants') ?? []).join(' ') || null,
    WantedBy: enabled && wanted.length ? wanted.join(' ') : null,
    Conflicts: 'shutdown.target',
    Before: ['shutdown.target', ...(enabled ? wanted : [])].join(' '),
    After: ['system.slice', 'systemd-journald.socket', 'sysinit.target', 'basic.target', ...(set.get('After') ?? []).join(' ').split(/\s+/).filter(Boolean)].join(' '),
    Documentation: docs.length ? docs.map(quoteArg).join(' ') : null,
    Description: one('Description') ?? u.description,
    ActiveState: u.active,
    SubState: u.sub,
    FragmentPath: unitPaths(ctx, u.name)[0] ?? u.path,
    DropInPaths: dropIns.length ? dropIns.join(' ') : null,
    UnitFileState: u.enabled,
    UnitFilePreset: vendorPreset(u.name),
    StateChangeTimestamp: stamp(entered),
    StateChangeTimestampMonotonic: mono(entered),
    InactiveExitTimestamp: ran ? stamp(began) : null,
    InactiveExitTimestampMonotonic: ran ? mono(began) : '0',
    ActiveEnterTimestamp: u.active === 'active' ? stamp(entered) : null,
    ActiveEnterTimestampMonotonic: u.active === 'active' ? mono(entered) : '0',
    ActiveExitTimestamp: null,
    ActiveExitTimestampMonotonic: '0',
    InactiveEnterTimestamp: null,
    InactiveEnterTimestampMonotonic: '0',
    CanReload: set.has('ExecReload') ? 'yes' : 'no',
    ConditionResult: ran ? 'yes' : 'no',
    AssertResult: ran ? 'yes' : 'no',
    ConditionTimestamp: ran ? stamp(began) : null,
    ConditionTimestampMonotonic: ran ? mono(began) : '0',
    AssertTimestamp: ran ? stamp(began) : null,
    AssertTimestampMonotonic: ran ? mono(began) : '0',
    InvocationID: ran ? seededHex(seed, `${h.id}|${u.name}|${u.since}`) : null,
    KillMode: one('KillMode') ?? 'control-group',
    Environment: (set.get('Environment') ?? []).flatMap((e) => e.match(/"[^"]*"|\S+/g) ?? []).map((e) => quoteArg(e.replace(/^"|"$/g, ''))).join(' ') || null,
    EnvironmentFiles: (set.get('EnvironmentFile') ?? []).map((f) => `${f.replace(/^-/, '')} (ignore_errors=${f.startsWith('-') ? 'yes' : 'no'})`),
  };
  for (const k of ['ExecCondition', 'ExecStartPre', 'ExecStart', 'ExecStartPost', 'ExecReload', 'ExecStop', 'ExecStopPost']) {
    v[k] = exec(k, false);
    v[k + 'Ex'] = exec(k, true);
  }
  if (one('RestartSec')) v.RestartUSec = one('RestartSec')!.replace(/^(\d+)$/, '$1s');
  if (one('LimitNOFILE')) v.LimitNOFILE = v.LimitNOFILESoft = one('LimitNOFILE')!;
  if (one('TasksMax')) v.TasksMax = one('TasksMax')!;
  if (one('Delegate')) v.Delegate = one('Delegate')!;
  if (one('OOMScoreAdjust')) v.OOMScoreAdjust = one('OOMScoreAdjust')!;
  return v;
}

/** A unit the box has but the model does not track (a target, socket, timer, ...), or one that does not exist. */
function otherValues(ctx: CommandContext, name: string): Record<string, Value> {
  const b = BOX_UNITS.find((x) => x[0] === name);
  const h = ctx.host;
  if (!b)
    return {
      Id: name, Names: name, Description: name, LoadState: 'not-found', ActiveState: 'inactive', SubState: 'dead', StateChangeTimestampMonotonic: '0',
      InactiveExitTimestampMonotonic: '0', ActiveEnterTimestampMonotonic: '0', ActiveExitTimestampMonotonic: '0', InactiveEnterTimestampMonotonic: '0',
      CanStart: 'no', CanStop: 'no', CanFreeze: 'no', ConditionResult: 'no', AssertResult: 'no', ConditionTimestampMonotonic: '0', AssertTimestampMonotonic: '0',
      LoadError: `org.freedesktop.systemd1.NoSuchUnit "Unit ${name} not found."`, Result: 'success',
    };
  // the state isolate, start and stop left, the file state enable and disable left (state.ts)
  const st = unitState(h, name) ?? { active: b[1], sub: b[2] };
  const file = fileState(h, name) ?? b[4];
  const on = st.active === 'active';
  // when the boot (or a later start) began the unit's start job and when it became active
  const tt = timesOf(h, ctx.world.seed, name);
  const [start, enter] = on && tt ? [tt.activating, tt.activated] : [0, 0];
  const ts = (ms: number) => (on ? stamp(h.bootedAt + ms) : null);
  const mo = (ms: number) => (on ? usec(ms) : '0');
  return {
    Id: name, Names: name, Description: b[3], ActiveState: st.active, SubState: st.sub, UnitFileState: file === '-' ? null : file, UnitFilePreset: b[5] === '-' ? null : b[5],
    FragmentPath: b[4] === 'generated' ? `/run/systemd/generator/${name}` : b[4] === '-' ? null : `/usr/lib/systemd/system/${name}`,
    StateChangeTimestamp: ts(enter), StateChangeTimestampMonotonic: mo(enter), InactiveExitTimestamp: ts(start),
    InactiveExitTimestampMonotonic: mo(start), ActiveEnterTimestamp: ts(enter), ActiveEnterTimestampMonotonic: mo(enter),
    ActiveExitTimestampMonotonic: '0', InactiveEnterTimestampMonotonic: '0', ConditionResult: on ? 'yes' : 'no', AssertResult: on ? 'yes' : 'no',
    ConditionTimestamp: ts(start), ConditionTimestampMonotonic: mo(start), AssertTimestamp: ts(start),
    AssertTimestampMonotonic: mo(start), InvocationID: on ? seededHex(ctx.world.seed, `${h.id}|${name}`) : null,
    CanIsolate: name.endsWith('.target') ? 'no' : 'no', CanFreeze: name.endsWith('.service') || name.endsWith('.slice') ? 'yes' : 'no',
    ...serviceCounters(ctx, name, h.bootedAt + start),
  };
}

/** A running box service's main process and counters, as its status shows them. */
function serviceCounters(ctx: CommandContext, name: string, started: number): Record<string, Value> {
  const c = boxServiceUsage(ctx, name);
  if (!c) return {};
  return {
    MainPID: String(c.pid), ExecMainPID: String(c.pid), ExecMainStartTimestamp: stamp(started), ControlGroup: c.cgroup,
    MemoryCurrent: String(c.bytes), TasksCurrent: String(c.tasks), CPUUsageNSec: String(c.cpuUs * 1000),
  };
}

/** How bus_print_property()/print_property() treat a signature with nothing in it: skipped, `Name=`, or [unprintable]. */
function emptyForm(name: string, sig: string): 'line' | 'none' | 'unprintable' | 'tilde' {
  if (/^(s|as|ay|au|t|\(ss\)|\(uo\)|\(so\)|\(bs\)|\(aiai\))$/.test(sig)) return 'line';
  if (sig === '(bas)') return 'tilde';
  if (/^Exec|^(EnvironmentFiles|Paths|Listen|TimersMonotonic|TimersCalendar|DeviceAllow|IODeviceWeight|BlockIODeviceWeight|IO(Read|Write)(Bandwidth|IOPS)Max|BlockIO(Read|Write)Bandwidth|IODeviceLatencyTargetUSec|IPAddressAllow|IPAddressDeny|BindPaths|BindReadOnlyPaths|TemporaryFileSystem|LogExtraFields|MountImages|ExtensionImages|BPFProgram|SocketBindAllow|SocketBindDeny)$/.test(name)) return 'none';
  if (/^[bui]$/.test(sig)) return 'line';
  return 'unprintable';
}

/** The property list of a unit by its type (src/core/dbus.c BusObjectImplementation), the Unit interface last. */
function propList(name: string): [string, string][] {
  const type = name.slice(name.lastIndexOf('.') + 1);
  const parts = type === 'service' ? ['service', 'unitCgroup', 'cgroup', 'exec', 'kill', 'unit'] : type === 'slice' ? ['unitCgroup', 'cgroup', 'unit'] : ['unit'];
  return parts.flatMap((p) => PROPS[p].split(' ').map((x) => x.split(':') as [string, string]));
}

/** One unit's properties, as show_one() prints them. */
export function showUnit(ctx: CommandContext, name: string, f: ShowFlags): string {
  const u = ctx.host.sys?.units.get(name);
  const vals = u ? serviceValues(ctx, u) : otherValues(ctx, name);
  if (isMasked(ctx, name)) Object.assign(vals, { LoadState: 'masked', UnitFileState: 'masked', FragmentPath: null, LoadError: `org.freedesktop.systemd1.UnitMasked "Unit ${name} is masked."` });
  const showEmpty = f.all || f.props !== null;
  let out = '';
  const line = (n: string, v: string) => (out += f.value ? v + '\n' : `${n}=${v}\n`);
  for (const [n, sig] of propList(name)) {
    if (f.props && !f.props.includes(n)) continue;
    let v: Value | undefined = vals[n];
    if (v === undefined) v = DEFAULTS[n] ?? (/^[bt]$/.test(sig) && !/Timestamp$/.test(n) ? (sig === 'b' ? 'no' : /USec$/.test(n) ? '0' : '0') : /^[ui]$/.test(sig) ? (/ActionExitStatus$/.test(n) ? null : '0') : null);
    if (Array.isArray(v)) {
      for (const x of v) line(n, x);
      continue;
    }
    if (v !== null && v !== '') {
      line(n, v);
      continue;
    }
    if (!showEmpty) continue;
    const form = emptyForm(n, sig);
    if (/ActionExitStatus$/.test(n)) line(n, '[not set]');
    else if (form === 'line') line(n, '');
    else if (form === 'tilde') line(n, '~');
    else if (form === 'unprintable') out += `${n}=[unprintable]\n`;
  }
  return out;
}

/** `systemctl show` without a unit: the manager's properties (src/core/dbus-manager.c bus_manager_vtable). */
export function showManager(ctx: CommandContext, f: ShowFlags): string {
  const h = ctx.host;
  const sys = h.sys!;
  const at = (name: string, ms: number | null): Record<string, Value> => ({ [name]: ms === null ? null : stamp(h.bootedAt + ms), [name + 'Monotonic']: ms === null ? '0' : usec(ms) });
  const threads = Math.floor((sys.memTotalKb ?? 2_000_000) / 128);
  const units = [...sys.units.values()];
  const vals: Record<string, Value> = {
    Version: GIT_VERSION, Virtualization: 'oracle', Architecture: 'x86-64',
    ...at('KernelTimestamp', 0), ...at('InitRDTimestamp', P.initrd), ...at('UserspaceTimestamp', P.userspace), ...at('FinishTimestamp', bootTimeline(h, ctx.world.seed).finish),
    ...at('SecurityStartTimestamp', P.securityStart), ...at('SecurityFinishTimestamp', P.securityFinish), ...at('GeneratorsStartTimestamp', P.generatorsStart),
    ...at('GeneratorsFinishTimestamp', P.generatorsFinish), ...at('UnitsLoadStartTimestamp', P.unitsLoadStart), ...at('UnitsLoadFinishTimestamp', P.unitsLoadFinish),
    ...at('UnitsLoadTimestamp', P.unitsLoadStart), ...at('InitRDSecurityStartTimestamp', P.initrdSecurityStart), ...at('InitRDSecurityFinishTimestamp', P.initrdSecurityFinish),
    ...at('InitRDGeneratorsStartTimestamp', P.initrdGeneratorsStart), ...at('InitRDGeneratorsFinishTimestamp', P.initrdGeneratorsFinish),
    ...at('InitRDUnitsLoadStartTimestamp', P.initrdUnitsLoadStart), ...at('InitRDUnitsLoadFinishTimestamp', P.initrdUnitsLoadFinish),
    ...at('FirmwareTimestamp', null), ...at('LoaderTimestamp', null), ...at('WatchdogLastPingTimestamp', null),
    LogLevel: 'info', LogTarget: 'journal-or-kmsg', NNames: String(units.length + BOX_UNITS.length), NFailedUnits: String(units.filter((u) => u.active === 'failed').length),
    NJobs: '0', NInstalledJobs: String(units.length + BOX_UNITS.length), NFailedJobs: '0', Progress: '1',
    Environment: 'LANG=en_US.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin', ShowStatus: 'yes',
    UnitPath: '/etc/systemd/system.control /run/systemd/system.control /run/systemd/transient /run/systemd/generator.early /etc/systemd/system /etc/systemd/system.attached /run/systemd/system /run/systemd/system.attached /run/systemd/generator /usr/local/lib/systemd/system /usr/lib/systemd/system /run/systemd/generator.late',
    DefaultStandardOutput: 'journal', DefaultStandardError: 'inherit', RuntimeWatchdogUSec: '0', RuntimeWatchdogPreUSec: '0', RebootWatchdogUSec: '10min',
    KExecWatchdogUSec: '0', ServiceWatchdogs: 'yes', SystemState: units.some((u) => u.active === 'failed') ? 'degraded' : 'running',
    DefaultTimerAccuracyUSec: '1min', DefaultTimeoutStartUSec: '1min 30s', DefaultTimeoutStopUSec: '1min 30s', DefaultTimeoutAbortUSec: '1min 30s',
    DefaultDeviceTimeoutUSec: '1min 30s', DefaultRestartUSec: '100ms', DefaultStartLimitIntervalUSec: '10s', DefaultStartLimitBurst: '5',
    DefaultCPUAccounting: 'yes', DefaultBlockIOAccounting: 'no', DefaultMemoryAccounting: 'yes', DefaultTasksAccounting: 'yes',
    DefaultTasksMax: String(tasksLimit(sys.memTotalKb ?? 2_000_000)), DefaultLimitNPROC: String(Math.floor(threads / 2)), DefaultLimitNPROCSoft: String(Math.floor(threads / 2)),
    DefaultLimitSIGPENDING: String(Math.floor(threads / 2)), DefaultLimitSIGPENDINGSoft: String(Math.floor(threads / 2)), TimerSlackNSec: '50000',
    DefaultOOMPolicy: 'stop', DefaultOOMScoreAdjust: '0', CtrlAltDelBurstAction: 'reboot-force', ControlGroup: null, ExitCode: null,
  };
  for (const [k, v] of Object.entries(DEFAULTS)) if (k.startsWith('Limit') && vals['Default' + k] === undefined) vals['Default' + k] = v;
  const list = PROPS.manager.split(' ').map((x) => x.split(':') as [string, string]);
  const showEmpty = f.all || f.props !== null;
  let out = '';
  for (const [n, sig] of list) {
    if (f.props && !f.props.includes(n)) continue;
    const v = vals[n] ?? (sig === 'b' ? 'no' : null);
    if (typeof v === 'string' && v !== '') out += f.value ? v + '\n' : `${n}=${v}\n`;
    else if (showEmpty) out += sig === 'y' ? `${n}=[unprintable]\n` : f.value ? '\n' : `${n}=\n`;
  }
  return out;
}
