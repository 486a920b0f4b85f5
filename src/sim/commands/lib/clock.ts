// The guest's clock in its time zone: the zone is where /etc/localtime points (tzdata's /usr/share/zoneinfo/<Zone>,
// UTC on the rockylinux/9 box; `timedatectl set-timezone` moves the link), or TZ in the command's environment. Every
// command that prints a local time (date, uptime, w, timedatectl) formats it here. Offsets come from the runtime's
// time zone data (Intl); the abbreviations are tzdata's: the runtime's English names in the Americas and Europe,
// the table below for other zones with letters, and tzdata's numeric form (+04, +0530) for the zones tzdata gives no letters.
import type { Host } from '../../types';
import { tm } from '../../util';

const ZONEINFO = '/usr/share/zoneinfo/';

/** The zone /etc/localtime links to, `UTC` when it is missing or not a zoneinfo link. */
export function zoneOf(host: Host): string {
  const target = host.fs.readlink('/etc/localtime');
  const at = target.indexOf('zoneinfo/');
  return at < 0 ? 'UTC' : target.slice(at + 'zoneinfo/'.length);
}

/** Point /etc/localtime at a zone (timedatectl set-timezone: a relative link, as systemd-timedated writes it). */
export function setZone(host: Host, zone: string): void {
  host.fs.remove('/etc/localtime');
  host.fs.symlink('..' + ZONEINFO + zone, '/etc/localtime');
}

/** Whether the runtime knows the zone (the list is tzdata's names). */
export function knownZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zones.set(zone, known);
  }
  return known;
}
/** Zones already asked about: making a formatter is slow, and every clock reading asks. */
const zones = new Map<string, boolean>([['UTC', true]]);

/** tzdata's letters for zones the runtime's English names give as GMT+N: [standard, daylight]. */
const LETTERS: Record<string, [string, string?]> = {
  'Asia/Seoul': ['KST'], 'Asia/Pyongyang': ['KST'], 'Asia/Tokyo': ['JST'], 'Asia/Shanghai': ['CST'], 'Asia/Taipei': ['CST'],
  'Asia/Macau': ['CST'], 'Asia/Hong_Kong': ['HKT'], 'Asia/Kolkata': ['IST'], 'Asia/Karachi': ['PKT'], 'Asia/Jakarta': ['WIB'],
  'Asia/Manila': ['PST'], 'Asia/Jerusalem': ['IST', 'IDT'], 'Australia/Sydney': ['AEST', 'AEDT'], 'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Hobart': ['AEST', 'AEDT'], 'Australia/Brisbane': ['AEST'], 'Australia/Adelaide': ['ACST', 'ACDT'], 'Australia/Darwin': ['ACST'],
  'Australia/Perth': ['AWST'], 'Pacific/Auckland': ['NZST', 'NZDT'], 'Africa/Johannesburg': ['SAST'], 'Africa/Lagos': ['WAT'],
  'Africa/Cairo': ['EET', 'EEST'], 'Africa/Nairobi': ['EAT'], 'Europe/Moscow': ['MSK'], 'Europe/Dublin': ['GMT', 'IST'],
};

const formats = new Map<string, Intl.DateTimeFormat>();

function offsetMin(zone: string, ms: number): number {
  let f = formats.get(zone);
  if (!f) formats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const parts = f.formatToParts(new Date(ms));
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60000);
}

function abbrev(zone: string, ms: number, off: number): string {
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Universal' || zone === 'Zulu') return 'UTC';
  // the runtime's English short names are tzdata's letters for the Americas (en-US) and Europe (en-GB) only
  const locale = /^(America|US|Canada|Pacific\/Honolulu)/.test(zone) ? 'en-US' : /^(Europe|GB|Eire|WET|CET|MET|EET)/.test(zone) ? 'en-GB' : null;
  if (locale) {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{3,5}$/.test(name) && name !== 'GMT') return name;
    if (name === 'GMT' && off === 0) return 'GMT';
  }
  const letters = LETTERS[zone];
  if (letters) {
    const year = new Date(ms).getUTCFullYear();
    const std = Math.min(offsetMin(zone, Date.UTC(year, 0, 1)), offsetMin(zone, Date.UTC(year, 6, 1)));
    return (off > std && letters[1]) || letters[0];
  }
  const a = Math.abs(off);
  return (off < 0 ? '-' : '+') + String(Math.floor(a / 60)).padStart(2, '0') + (a % 60 ? String(a % 60).padStart(2, '0') : '');
}

export interface LocalTime extends ReturnType<typeof tm> {
  zone: string;
  /** Minutes east of UTC. */
  off: number;
  /** `%Z`: KST, UTC, +04 */
  abbr: string;
  /** `%z`: +0900 */
  numeric: string;
}

/** Broken-down local time of `ms` on `host` (TZ from `env` wins over /etc/localtime, as glibc's tzset does). */
export function localTm(host: Host, ms: number, env?: Record<string, string | undefined>): LocalTime {
  let zone = env?.TZ?.replace(/^:/, '') || zoneOf(host);
  if (!knownZone(zone)) zone = 'UTC';
  const off = zone === 'UTC' ? 0 : offsetMin(zone, ms);
  const a = Math.abs(off);
  const numeric = (off < 0 ? '-' : '+') + String(Math.floor(a / 60)).padStart(2, '0') + String(a % 60).padStart(2, '0');
  return { ...tm(ms, off / 60), zone, off, abbr: abbrev(zone, ms, off), numeric };
}
