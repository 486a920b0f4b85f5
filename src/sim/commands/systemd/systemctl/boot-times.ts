// When each unit of a Rocky 9 guest started during its boot: the manager's boot phases and, for every unit the boot
// starts, the time its start job began (InactiveExitTimestamp) and the time it became active (ActiveEnterTimestamp),
// in ms after the kernel's start. The order follows the units' After=/Before= (their unit files' and the default
// dependencies systemd adds); how long each start takes comes from a stable hash of the world's seed, the guest and
// the unit's name, within a span that fits its Type=. systemd-analyze time/blame/critical-chain, systemctl show's
// timestamps, status's "since" and the journal's boot lines all read it.
import type { Host, SystemdUnit } from '../../../types';
import { fnv32a } from '../../../hash';
import { BOX_UNITS } from './box-units';

/** The manager's boot phases (ms after the kernel's start; BIOS boot: no firmware or loader times). */
export const PHASES = {
  initrd: 1_300, initrdSecurityStart: 1_350, initrdSecurityFinish: 1_360, initrdGeneratorsStart: 1_400, initrdGeneratorsFinish: 1_410,
  initrdUnitsLoadStart: 1_410, initrdUnitsLoadFinish: 1_450, userspace: 3_400, securityStart: 3_450, securityFinish: 3_500,
  generatorsStart: 3_700, generatorsFinish: 3_720, unitsLoadStart: 3_720, unitsLoadFinish: 3_800,
};

type Kind = 'oneshot' | 'simple' | 'notify' | 'forking' | 'dbus' | 'idle' | 'target' | 'mount' | 'swap' | 'socket' | 'timer' | 'path' | 'slice' | 'automount';

/**
 * The boot's units: Type= (or the unit type), After=, Before= (systemd 252's units/ and audit's unit file; for the
 * box's other packages an estimate, see DIFFERENCES.md), whether DefaultDependencies= is on, and the span
 * [min, max] in ms its start takes.
 */
const UNITS: [string, Kind, string, string, boolean, number, number][] = [
  ['-.slice', 'slice', '', '', false, 0, 0],
  ['system.slice', 'slice', '-.slice', '', false, 0, 0],
  ['system-getty.slice', 'slice', '-.slice', '', false, 0, 0],
  ['system-modprobe.slice', 'slice', '-.slice', '', false, 0, 0],
  ['user.slice', 'slice', '-.slice', '', false, 0, 0],
  ['-.mount', 'mount', '', 'local-fs.target', false, 0, 0],
  ['systemd-journald.socket', 'socket', '-.mount', 'sockets.target', false, 0, 0],
  ['systemd-journald-dev-log.socket', 'socket', '-.mount', 'sockets.target', false, 0, 0],
  ['systemd-udevd-control.socket', 'socket', '', 'sockets.target', false, 0, 0],
  ['systemd-udevd-kernel.socket', 'socket', '', 'sockets.target', false, 0, 0],
  ['systemd-initctl.socket', 'socket', '', 'sockets.target', false, 0, 0],
  ['systemd-coredump.socket', 'socket', '', 'sockets.target', false, 0, 0],
  ['systemd-ask-password-console.path', 'path', '', 'paths.target', false, 0, 0],
  ['systemd-ask-password-wall.path', 'path', '', 'paths.target', false, 0, 0],
  ['proc-sys-fs-binfmt_misc.automount', 'automount', '', 'sysinit.target', false, 0, 0],
  ['dev-hugepages.mount', 'mount', '', 'sysinit.target', false, 8, 30],
  ['dev-mqueue.mount', 'mount', '', 'sysinit.target', false, 8, 30],
  ['sys-kernel-debug.mount', 'mount', '', 'sysinit.target', false, 8, 30],
  ['sys-kernel-tracing.mount', 'mount', '', 'sysinit.target', false, 8, 30],
  ['sys-kernel-config.mount', 'mount', '', 'sysinit.target', false, 4, 15],
  ['systemd-journald.service', 'notify', 'systemd-journald.socket systemd-journald-dev-log.socket', 'sysinit.target', false, 90, 260],
  ['systemd-network-generator.service', 'oneshot', '', 'network-pre.target systemd-udevd.service', false, 15, 60],
  ['systemd-remount-fs.service', 'oneshot', '', 'local-fs-pre.target local-fs.target', false, 20, 90],
  ['systemd-sysctl.service', 'oneshot', '', 'sysinit.target', false, 10, 40],
  ['systemd-udev-trigger.service', 'oneshot', 'systemd-udevd-kernel.socket systemd-udevd-control.socket', 'sysinit.target', false, 120, 420],
  ['systemd-udevd.service', 'notify', '', 'sysinit.target', false, 80, 240],
  ['systemd-random-seed.service', 'oneshot', 'systemd-remount-fs.service', '', false, 10, 50],
  ['systemd-journal-flush.service', 'oneshot', 'systemd-journald.service systemd-remount-fs.service', 'systemd-tmpfiles-setup.service', false, 40, 180],
  ['local-fs-pre.target', 'target', '', '', false, 0, 0],
  ['boot.mount', 'mount', 'local-fs-pre.target', 'local-fs.target', false, 140, 420],
  ['swapfile.swap', 'swap', 'local-fs-pre.target', 'swap.target', false, 30, 110],
  ['local-fs.target', 'target', 'local-fs-pre.target', '', false, 0, 0],
  ['swap.target', 'target', '', '', false, 0, 0],
  ['cryptsetup.target', 'target', '', '', false, 0, 0],
  ['selinux-autorelabel-mark.service', 'oneshot', 'local-fs.target', 'sysinit.target', false, 5, 30],
  ['systemd-tmpfiles-setup.service', 'oneshot', 'local-fs.target systemd-journald.service', 'sysinit.target', false, 25, 110],
  ['auditd.service', 'forking', 'local-fs.target systemd-tmpfiles-setup.service', 'sysinit.target', false, 60, 200],
  ['systemd-update-utmp.service', 'oneshot', 'systemd-remount-fs.service systemd-tmpfiles-setup.service auditd.service', 'sysinit.target', false, 8, 40],
  ['sysinit.target', 'target', 'local-fs.target swap.target', '', false, 0, 0],
  ['dbus.socket', 'socket', '', 'sockets.target', true, 0, 0],
  ['rpcbind.socket', 'socket', '', 'sockets.target', true, 0, 0],
  ['sssd-kcm.socket', 'socket', '', 'sockets.target', true, 0, 0],
  ['dnf-makecache.timer', 'timer', '', 'timers.target', true, 0, 0],
  ['logrotate.timer', 'timer', '', 'timers.target', true, 0, 0],
  ['systemd-tmpfiles-clean.timer', 'timer', '', 'timers.target', true, 0, 0],
  ['sockets.target', 'target', '', '', true, 0, 0],
  ['timers.target', 'target', '', '', false, 0, 0],
  ['paths.target', 'target', '', '', true, 0, 0],
  ['slices.target', 'target', '-.slice system.slice', '', true, 0, 0],
  ['basic.target', 'target', 'sysinit.target sockets.target paths.target slices.target', '', true, 0, 0],
  ['dbus-broker.service', 'notify', 'dbus.socket', 'basic.target', false, 40, 150],
  ['network-pre.target', 'target', '', '', true, 0, 0],
  ['irqbalance.service', 'simple', '', '', true, 2, 12],
  ['chronyd.service', 'forking', '', '', true, 30, 140],
  ['rpcbind.service', 'notify', 'rpcbind.socket systemd-tmpfiles-setup.service', 'rpcbind.target', true, 20, 80],
  ['rpcbind.target', 'target', '', '', true, 0, 0],
  ['gssproxy.service', 'forking', 'network.target', '', true, 20, 90],
  ['polkit.service', 'dbus', '', '', true, 150, 450],
  ['systemd-logind.service', 'notify', 'nss-user-lookup.target user.slice dbus.socket', '', true, 60, 220],
  ['NetworkManager.service', 'dbus', 'network-pre.target dbus-broker.service', 'network.target', true, 250, 700],
  ['network.target', 'target', 'network-pre.target', '', true, 0, 0],
  ['network-online.target', 'target', 'network.target', '', true, 0, 0],
  ['vboxadd.service', 'forking', '', '', true, 1_400, 3_200],
  ['vboxadd-service.service', 'forking', 'vboxadd.service', '', true, 40, 160],
  ['sshd-keygen.target', 'target', '', '', true, 0, 0],
  ['sshd.service', 'notify', 'network.target sshd-keygen.target', '', true, 15, 70],
  ['nss-user-lookup.target', 'target', '', '', true, 0, 0],
  ['remote-fs.target', 'target', '', '', false, 0, 0],
  ['nfs-client.target', 'target', '', 'remote-fs.target', true, 0, 0],
  ['systemd-user-sessions.service', 'oneshot', 'remote-fs.target nss-user-lookup.target network.target', '', true, 8, 30],
  ['crond.service', 'simple', 'auditd.service systemd-user-sessions.service', '', true, 2, 10],
  ['getty@tty1.service', 'idle', 'systemd-user-sessions.service', 'getty.target', true, 2, 8],
  ['getty.target', 'target', '', '', true, 0, 0],
  ['multi-user.target', 'target', 'basic.target', '', true, 0, 0],
];

/** Activation times of one unit: ms after the kernel's start. */
export interface UnitTime {
  activating: number;
  activated: number;
}

/** A stable number in [min, max] for a key, from the seed (never the world's random source). */
function spread(seed: number | string, key: string, min: number, max: number): number {
  return max <= min ? min : min + (fnv32a(`${seed}|boot-time|${key}`) % (max - min + 1));
}

/** The targets basic.target orders itself after (they and basic.target come before the services). */
const EARLY = ['sockets.target', 'timers.target', 'paths.target', 'slices.target', 'basic.target', 'network-pre.target', 'rpcbind.target', 'nss-user-lookup.target', 'sshd-keygen.target'];

const unitType = (n: string) => n.slice(n.lastIndexOf('.') + 1);

/** After= of a boot unit as PID 1 reports it: its file's, the default dependencies, and the other units' Before=. */
export function afterOf(name: string, extra: Iterable<string> = []): string[] {
  const row = UNITS.find((u) => u[0] === name);
  const out = new Set(row ? row[2].split(' ').filter(Boolean) : []);
  const defaults = row ? row[4] : /\.(service|socket|timer|path|target)$/.test(name);
  if (defaults) {
    const t = unitType(name);
    if (t === 'service') ['basic.target', 'sysinit.target', 'system.slice'].forEach((x) => out.add(x));
    if (t === 'socket' || t === 'timer' || t === 'path') out.add('sysinit.target');
    if (t === 'timer') ['time-set.target', 'time-sync.target'].forEach((x) => out.add(x));
  }
  if (name.endsWith('.mount') && name !== '-.mount' && !row?.[4]) out.add('-.mount');
  // a unit in a slice is ordered after it (unit_add_slice_dependencies()); a service logging to the journal after
  // journald's socket (exec_context_add_default_dependencies())
  if (/\.(service|mount|swap|socket)$/.test(name) && name !== '-.mount') out.add('system.slice');
  if (name.endsWith('.service') && name !== 'systemd-journald.service') out.add('systemd-journald.socket');
  for (const r of UNITS) if (r[3].split(' ').includes(name)) out.add(r[0]);
  for (const x of extra) out.add(x);
  // a target with default dependencies is ordered after the units it pulls in (target_add_default_dependencies())
  // (multi-user.target pulls in, directly or through them, the services and targets after basic.target)
  if (name === 'multi-user.target') for (const r of UNITS) if (r[4] && !['socket', 'timer', 'path'].includes(r[1]) && !EARLY.includes(r[0])) out.add(r[0]);
  out.delete(name);
  return [...out];
}

/** Services the model adds to the box (kubelet, containerd, ...): after network-online.target or the network. */
function modelAfter(name: string): string[] {
  return name === 'kubelet.service' || name === 'containerd.service' || name === 'docker.service' ? ['network-online.target', 'local-fs.target'] : ['network.target'];
}

/** The enabled units of the model that the boot's table does not have (kubelet, containerd, ...). */
const extras = (host: Host): SystemdUnit[] => [...(host.sys?.units.values() ?? [])].filter((u) => u.enabled === 'enabled' && !UNITS.some((r) => r[0] === u.name));

/** After= of a unit on this guest: afterOf() with the model's own services (multi-user.target pulls them in). */
export function afterOn(host: Host, name: string): string[] {
  const own = extras(host).map((u) => u.name);
  if (name === 'multi-user.target') return afterOf(name, own);
  return afterOf(name, own.includes(name) ? modelAfter(name) : []);
}

const CACHE = new WeakMap<Host, { key: string; times: Map<string, UnitTime>; finish: number }>();

/** The boot's units and when each started; `finish` is when the default target became active (FinishTimestamp). */
export function bootTimeline(host: Host, seed: number | string): { times: Map<string, UnitTime>; finish: number } {
  const extra = extras(host);
  const key = `${seed}|${host.bootedAt}|${extra.map((u) => u.name).join(',')}`;
  const hit = CACHE.get(host);
  if (hit && hit.key === key) return hit;
  const names = new Set<string>(UNITS.map((r) => r[0]));
  for (const u of extra) names.add(u.name);
  const afters = new Map<string, string[]>();
  for (const n of names) afters.set(n, afterOn(host, n).filter((x) => names.has(x)));
  const times = new Map<string, UnitTime>();
  const base = PHASES.unitsLoadFinish;
  const visit = (n: string, stack: Set<string>): UnitTime => {
    const have = times.get(n);
    if (have) return have;
    stack.add(n);
    let start = base + spread(seed, `${host.id}|${n}|gap`, 1, 6);
    // the slices, the root mount and journald's sockets came up in the initrd (their times predate userspace)
    const row = UNITS.find((r) => r[0] === n);
    if (row && (row[1] === 'slice' || n === '-.mount' || n === 'systemd-journald.socket' || n === 'systemd-journald-dev-log.socket')) {
      const t = { activating: PHASES.initrdUnitsLoadFinish + spread(seed, `${host.id}|${n}|initrd`, 5, 60), activated: 0 };
      t.activated = t.activating;
      times.set(n, t);
      stack.delete(n);
      return t;
    }
    for (const d of afters.get(n) ?? []) if (!stack.has(d)) start = Math.max(start, visit(d, stack).activated + spread(seed, `${host.id}|${n}|${d}`, 0, 2));
    const [min, max] = row ? [row[5], row[6]] : [40, 400];
    const t = { activating: start, activated: start + spread(seed, `${host.id}|${n}`, min, max) };
    times.set(n, t);
    stack.delete(n);
    return t;
  };
  for (const n of names) visit(n, new Set());
  const out = { key, times, finish: times.get('multi-user.target')!.activated };
  CACHE.set(host, out);
  return out;
}

/** The box's units the login starts, not the boot (user@1000 and what it needs). */
export const LOGIN_UNITS = ['run-user-1000.mount', 'user-1000.slice', 'user-runtime-dir@1000.service', 'user@1000.service'];

/** Whether the box lists a unit as part of the boot (active in its list, or one of the model's enabled units). */
export function bootUnit(name: string): boolean {
  return UNITS.some((r) => r[0] === name) || (BOX_UNITS.some((b) => b[0] === name && b[1] === 'active') && !LOGIN_UNITS.includes(name));
}
