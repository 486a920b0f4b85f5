// systemctl list-timers, list-sockets and list-automounts (src/systemctl/systemctl-list-units.c of v252-46): the
// box's timers, sockets and automount points in format-table's columns, with output_legend()'s footer.
import type { CommandContext } from '../../../context';
import { stamp } from '../../lib/units';
import { fnv32a } from '../../../hash';
import { BOX_UNITS } from './box-units';
import { unitState } from './state';

/** format-table: upper-cased headers, columns one blank apart, the last column's trailing blanks dropped. */
export function table(headers: string[], rows: string[][], header = true): string {
  const all = header ? [headers, ...rows] : rows;
  const w = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(w[i])).join(' ').replace(/ +$/, '') + '\n').join('');
}

/** output_legend(): "N timers listed." and, without --all, the hint. */
function legend(ctx: CommandContext, type: string, n: number): string {
  return `\n${n} ${type}s listed.\n` + (ctx.opts?.has('all') ? '' : `Pass --all to see loaded but inactive ${type}s, too.\n`);
}

/** format_timestamp_relative() of time-util.c. */
export function relative(now: number, t: number): string {
  const US = 1000;
  let d = Math.abs(now - t) * US;
  const s = now > t ? 'ago' : 'left';
  const SEC = 1e6, MIN = 60 * SEC, HOUR = 60 * MIN, DAY = 24 * HOUR, WEEK = 7 * DAY, MONTH = 2629800 * SEC, YEAR = 31557600 * SEC;
  const f = Math.floor;
  const pl = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (d >= YEAR) return `${pl(f(d / YEAR), 'year', 'years')} ${pl(f((d % YEAR) / MONTH), 'month', 'months')} ${s}`;
  if (d >= MONTH) return `${pl(f(d / MONTH), 'month', 'months')} ${pl(f((d % MONTH) / DAY), 'day', 'days')} ${s}`;
  if (d >= WEEK) return `${pl(f(d / WEEK), 'week', 'weeks')} ${pl(f((d % WEEK) / DAY), 'day', 'days')} ${s}`;
  if (d >= 2 * DAY) return `${f(d / DAY)} days ${s}`;
  if (d >= 25 * HOUR) return `1 day ${f((d - DAY) / HOUR)}h ${s}`;
  if (d >= 6 * HOUR) return `${f(d / HOUR)}h ${s}`;
  if (d >= HOUR) return `${f(d / HOUR)}h ${f((d % HOUR) / MIN)}min ${s}`;
  if (d >= 5 * MIN) return `${f(d / MIN)}min ${s}`;
  if (d >= MIN) return `${f(d / MIN)}min ${f((d % MIN) / SEC)}s ${s}`;
  if (d >= SEC) return `${f(d / SEC)}s ${s}`;
  if (d >= 1000) return `${f(d / 1000)}ms ${s}`;
  return d > 0 ? `${d}us ${s}` : 'now';
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** The units a list verb shows: active ones, all loaded ones with --all, those matching the patterns. */
function shown(ctx: CommandContext, suffix: string, patterns: string[]): string[] {
  const all = ctx.opts?.has('all') ?? false;
  const pats = patterns.map((p) => (p.includes('.') || /[*?[]/.test(p) ? p : p + suffix));
  const re = pats.map((p) => new RegExp('^' + p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$'));
  const active = (n: string) => unitState(ctx.host, n)?.active !== 'inactive';
  return BOX_UNITS.filter(([n]) => n.endsWith(suffix) && (all || active(n)) && (!re.length || re.some((r) => r.test(n)))).map(([n]) => n);
}

/** When each of the box's timers last elapsed and next elapses, from their [Timer] sections:
 * dnf-makecache.timer (dnf 4.14.0: OnBootSec=10min, OnUnitInactiveSec=1h, RandomizedDelaySec=60m),
 * logrotate.timer (logrotate 3.18: OnCalendar=daily, AccuracySec=1h, Persistent=true) and
 * systemd-tmpfiles-clean.timer (OnBootSec=15min, OnUnitActiveSec=1d). */
export function timerTimes(ctx: CommandContext, name: string): { next: number; last: number; unit: string } {
  const boot = ctx.host.bootedAt;
  const now = ctx.world.now;
  const unit = name.replace(/\.timer$/, '.service');
  if (name === 'systemd-tmpfiles-clean.timer') {
    let next = boot + 15 * MIN;
    let last = 0;
    while (next <= now) {
      last = next;
      next += DAY;
    }
    return { next, last, unit };
  }
  if (name === 'dnf-makecache.timer') {
    // the random delay is drawn anew at every arming (random_u64() % 60min): here a stable hash of the boot and round
    const rand = (k: number) => fnv32a(`${ctx.host.id}:${boot}:${name}:${k}`) % HOUR;
    // dnf makecache --timer takes a few seconds before the service goes inactive again
    const run = (k: number) => 2000 + (fnv32a(`${ctx.host.id}:${boot}:makecache:${k}`) % 20000);
    let k = 0;
    let next = boot + 10 * MIN + rand(0);
    let last = 0;
    while (next <= now) {
      last = next;
      k++;
      next = last + run(k) + HOUR + rand(k);
    }
    return { next, last, unit };
  }
  // OnCalendar=daily: the next midnight; the elapse comes up to AccuracySec late, at the minute's perturbation
  // sd-event adds for the boot (sleep_between()), just under an hour after midnight
  const next = Math.floor(now / DAY) * DAY + DAY;
  const prevMidnight = next - DAY;
  const fired = prevMidnight + HOUR - MIN + (fnv32a(`${ctx.host.id}:${boot}:perturb`) % MIN);
  const last = prevMidnight > boot && fired <= now ? fired : 0;
  return { next, last, unit };
}

export function listTimers(ctx: CommandContext, patterns: string[]): string {
  const now = ctx.world.now;
  // a stopped timer has no next elapse (0, shown as a dash, first in the order)
  const rows = shown(ctx, '.timer', patterns)
    .map((n) => ({ n, ...timerTimes(ctx, n) }))
    .map((t) => (unitState(ctx.host, t.n)?.active === 'inactive' ? { ...t, next: 0 } : t))
    .sort((a, b) => a.next - b.next || (a.n < b.n ? -1 : 1))
    
    .map((t) => [t.next ? stamp(t.next) : '-', t.next ? relative(now, t.next) : '-', t.last ? stamp(t.last) : '-', t.last ? relative(now, t.last) : '-', t.n, t.unit]);
  const header = !ctx.opts?.has('no-legend');
  return table(['NEXT', 'LEFT', 'LAST', 'PASSED', 'UNIT', 'ACTIVATES'], rows, header) + (header ? legend(ctx, 'timer', rows.length) : '');
}

/** The sockets' Listen= (socket_port_type_to_string() and the addresses as socket_address_print() gives them) and
 * the unit each triggers, from their [Socket] sections (systemd 252, dbus 1.12, rpcbind 1.2.6, sssd 2.9). */
export const SOCKETS: Record<string, { listen: [string, string][]; activates: string }> = {
  'dbus.socket': { listen: [['Stream', '/run/dbus/system_bus_socket']], activates: 'dbus-broker.service' },
  'rpcbind.socket': {
    listen: [['Stream', '/run/rpcbind.sock'], ['Stream', '0.0.0.0:111'], ['Datagram', '0.0.0.0:111'], ['Stream', '[::]:111'], ['Datagram', '[::]:111']],
    activates: 'rpcbind.service',
  },
  'sssd-kcm.socket': { listen: [['Stream', '/run/.heim_org.h5l.kcm-socket']], activates: 'sssd-kcm.service' },
  'systemd-coredump.socket': { listen: [['SequentialPacket', '/run/systemd/coredump']], activates: '' },
  'systemd-initctl.socket': { listen: [['FIFO', '/run/initctl']], activates: 'systemd-initctl.service' },
  'systemd-journald-dev-log.socket': { listen: [['Datagram', '/run/systemd/journal/dev-log']], activates: 'systemd-journald.service' },
  'systemd-journald.socket': { listen: [['Datagram', '/run/systemd/journal/socket'], ['Stream', '/run/systemd/journal/stdout']], activates: 'systemd-journald.service' },
  'systemd-udevd-control.socket': { listen: [['SequentialPacket', '/run/udev/control']], activates: 'systemd-udevd.service' },
  'systemd-udevd-kernel.socket': { listen: [['Netlink', 'kobject-uevent 1']], activates: 'systemd-udevd.service' },
};

export function listSockets(ctx: CommandContext, patterns: string[]): string {
  const types = ctx.opts?.has('show-types') ?? false;
  const items = shown(ctx, '.socket', patterns)
    .flatMap((n) => (SOCKETS[n]?.listen ?? []).map(([type, path]) => ({ n, type, path, act: SOCKETS[n].activates || '-' })))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const rows = items.map((i) => (types ? [i.path, i.type, i.n, i.act] : [i.path, i.n, i.act]));
  const header = !ctx.opts?.has('no-legend');
  return table(types ? ['LISTEN', 'TYPE', 'UNIT', 'ACTIVATES'] : ['LISTEN', 'UNIT', 'ACTIVATES'], rows, header) + (header ? legend(ctx, 'socket', rows.length) : '');
}

/** The automount points: What= of the mount unit for Where=, whether it is mounted, TimeoutIdleSec= (0: none). */
const AUTOMOUNTS: Record<string, { what: string; where: string }> = {
  'proc-sys-fs-binfmt_misc.automount': { what: 'binfmt_misc', where: '/proc/sys/fs/binfmt_misc' },
};

export function listAutomounts(ctx: CommandContext, patterns: string[]): string {
  const mounted = (where: string) => (ctx.host.sys?.mounted ?? []).some((m) => m.target === where);
  const rows = shown(ctx, '.automount', patterns)
    .filter((n) => AUTOMOUNTS[n])
    .sort((a, b) => (AUTOMOUNTS[a].where < AUTOMOUNTS[b].where ? -1 : 1))
    .map((n) => [AUTOMOUNTS[n].what, AUTOMOUNTS[n].where, mounted(AUTOMOUNTS[n].where) ? 'yes' : 'no', '0', n]);
  const header = !ctx.opts?.has('no-legend');
  return table(['WHAT', 'WHERE', 'MOUNTED', 'IDLE TIMEOUT', 'UNIT'], rows, header) + (header ? legend(ctx, 'automount', rows.length) : '');
}

/** The active sockets and timers that would start the unit again (check_triggering_units()). */
export function triggeredBy(name: string): string[] {
  const socks = Object.entries(SOCKETS).filter(([, s]) => s.activates === name).map(([n]) => n);
  const timers = BOX_UNITS.filter((b) => b[0].endsWith('.timer') && b[0].replace(/\.timer$/, '.service') === name).map((b) => b[0]);
  return [...socks, ...timers];
}
