// timedatectl of systemd 252 (options and help in spec.ts) over systemd-timedated's state as the guest has it: the
// zone /etc/localtime links to (UTC on the box, kickstart `timezone --utc UTC`), the RTC in UTC (VirtualBox's clock),
// NTP through chronyd (chrony's ntp-units.d entry) and synchronised while it runs. Verbs and argument counts are the
// verbs[] table of timedatectl.c; status is print_status_info(), show bus_print_all_properties() over the
// properties of timedated's vtable, set-timezone and set-ntp method_set_timezone()/method_set_ntp() of timedated.c
// with polkit's questions (org.freedesktop.timedate1.policy) for a user who is not root.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { setUnit } from '../../lib/units';
import { localTm, setZone, zoneOf } from '../../lib/clock';
import { tm, two } from '../../../util';
import { spec } from './spec';

const VERBS: Record<string, [min: number, max: number]> = {
  status: [0, 1], show: [0, 1], 'set-time': [2, 2], 'set-timezone': [2, 2], 'list-timezones': [0, 1], 'set-local-rtc': [2, 2],
  'set-ntp': [2, 2], 'timesync-status': [0, 1], 'show-timesync': [0, 1], 'ntp-servers': [3, Infinity], revert: [2, 2], help: [0, Infinity],
};

/** parse_boolean() of systemd's basic/parse-util.c. */
export function parseBoolean(v: string): boolean | null {
  const s = v.toLowerCase();
  if (['1', 'yes', 'y', 'true', 't', 'on'].includes(s)) return true;
  if (['0', 'no', 'n', 'false', 'f', 'off'].includes(s)) return false;
  return null;
}

/** `%a %Y-%m-%d %H:%M:%S` of a broken-down time. */
const stamp = (t: ReturnType<typeof tm>) => `${t.dayName} ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;

function state(ctx: CommandContext) {
  const chronyd = ctx.host.sys?.units.get('chronyd.service');
  const ntp = chronyd?.active === 'active';
  return { zone: zoneOf(ctx.host), chronyd, ntp, synced: ntp, canNtp: !!chronyd };
}

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.operands ?? [];
  const verb = args[0] ?? 'status';
  const limits = VERBS[verb];
  if (!limits) {
    ctx.err(`Unknown command verb ${verb}.\n`);
    return 1;
  }
  const argc = Math.max(args.length, 1);
  if (argc < limits[0]) {
    ctx.err('Too few arguments.\n');
    return 1;
  }
  if (argc > limits[1]) {
    ctx.err('Too many arguments.\n');
    return 1;
  }
  const now = ctx.world.now;
  const st = state(ctx);
  // timedatectl sets TZ=:<zone> itself before formatting: the zone of the system, not the caller's TZ
  const local = localTm(ctx.host, now, { TZ: st.zone });
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  if (verb === 'help') {
    ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
    return 0;
  }
  if (verb === 'status') {
    const rows: [string, string][] = [
      ['Local time:', `${stamp(local)} ${local.abbr}`],
      ['Universal time:', `${stamp(tm(now))} UTC`],
      ['RTC time:', stamp(tm(now))],
      ['Time zone:', `${st.zone} (${local.abbr}, ${local.numeric})`],
      ['System clock synchronized:', yn(st.synced)],
      ['NTP service:', st.canNtp ? (st.ntp ? 'active' : 'inactive') : 'n/a'],
      ['RTC in local TZ:', 'no'],
    ];
    const w = Math.max(...rows.map(([k]) => k.length));
    ctx.out(rows.map(([k, v]) => `${k.padStart(w)} ${v}\n`).join(''));
    return 0;
  }
  if (verb === 'show') {
    const props: [string, string][] = [
      ['Timezone', st.zone],
      ['LocalRTC', 'no'],
      ['CanNTP', yn(st.canNtp)],
      ['NTP', yn(st.ntp)],
      ['NTPSynchronized', yn(st.synced)],
      ['TimeUSec', `${stamp(local)} ${local.abbr}`],
      ['RTCTimeUSec', `${stamp(local)} ${local.abbr}`],
    ];
    const only = ctx.opts?.all('property').flatMap((p) => p.split(',')) ?? [];
    const value = ctx.opts?.has('value');
    for (const [k, v] of props) if (!only.length || only.includes(k)) ctx.out(value ? `${v}\n` : `${k}=${v}\n`);
    return 0;
  }
  if (verb === 'list-timezones') {
    const { TIMEZONES } = (yield { load: () => import('../../../data/timezones') }) as typeof import('../../../data/timezones');
    ctx.out(TIMEZONES.map((z) => z + '\n').join(''));
    return 0;
  }
  if (verb === 'set-timezone') {
    const zone = args[1];
    const { TIMEZONES } = (yield { load: () => import('../../../data/timezones') }) as typeof import('../../../data/timezones');
    if (!TIMEZONES.includes(zone)) {
      ctx.err(`Failed to set time zone: Invalid or not installed time zone '${zone}'\n`);
      return 1;
    }
    if (zone === st.zone) return 0;
    if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.timedate1.set-timezone', 'Authentication is required to set the system timezone.'))) {
      ctx.err('Failed to set time zone: Access denied\n');
      return 1;
    }
    setZone(ctx.host, zone);
    return 0;
  }
  if (verb === 'set-ntp') {
    const b = parseBoolean(args[1]);
    if (b === null) {
      ctx.err(`Failed to parse NTP setting '${args[1]}': Invalid argument\n`);
      return 1;
    }
    if (!st.chronyd) {
      ctx.err('Failed to set ntp: NTP not supported\n');
      return 1;
    }
    if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.timedate1.set-ntp', 'Authentication is required to control whether network time synchronization shall be enabled.'))) {
      ctx.err('Failed to set ntp: Access denied\n');
      return 1;
    }
    // timedated enables and starts the NTP unit, or stops and disables it
    st.chronyd.enabled = b ? 'enabled' : 'disabled';
    if ((st.chronyd.active === 'active') !== b) setUnit({ world: ctx.world, host: ctx.host }, st.chronyd, b);
    return 0;
  }
  // set-time with NTP off, set-local-rtc, ntp-servers and revert end without changing anything (DIFFERENCES.md)
  if (verb === 'set-time' && st.ntp) {
    ctx.err('Failed to set time: Automatic time synchronization is enabled\n');
    return 1;
  }
  if (verb === 'timesync-status' || verb === 'show-timesync') {
    // systemd-timesyncd is not installed on the box (chrony is its NTP client): the bus has no timesync1
    ctx.err('Failed to query server: Unit dbus-org.freedesktop.timesync1.service not found.\n');
    return 1;
  }
  return 0;
}

def({ name: 'timedatectl', summary: 'Control the system time and date', available: linuxOnly, spec, run });
