// The guest's audit log as ausearch and aureport of audit 3.1.5 read it (src/ausearch-llist.c, src/ausearch-parse.c,
// src/aureport-scan.c): records grouped into events by their time stamp and serial, the fields they are searched and
// counted by, and the time formats of their reports (ctime(3), "%x %T" in the guest's en_US.UTF-8 locale).
import type { CommandContext } from '../../../context';
import type { Host } from '../../../types';
import { localTm } from '../../lib/clock';
import { readFile } from '../../lib/files';
import { userByUid } from '../../lib/accounts';

export const LOG = '/var/log/audit/audit.log';
/** The enriched format's separator between the record and the values auditd resolved (AUDIT_INTERP_SEPARATOR). */
export const GS = '\x1d';

export interface AuRecord {
  type: string;
  /** The record as written, without the enriched part. */
  message: string;
  /** The line as written. */
  line: string;
  /** key=value fields, with those inside msg='...' too; quotes removed. */
  fields: Record<string, string>;
  /** The fields in the order written, with their values as written (inner msg='...' ones flattened after msg). */
  order: [string, string][];
}

export interface AuEvent {
  sec: number;
  milli: number;
  serial: number;
  records: AuRecord[];
}

/** Numbers of the message types the guest's log holds (lib/libaudit.h, linux/audit.h). */
export const TYPE_NUMBERS: Record<string, number> = { SERVICE_START: 1130, SERVICE_STOP: 1131, DAEMON_START: 1200, DAEMON_END: 1201 };

function fieldsOf(body: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /(\S+?)=('[^']*'|"[^"]*"|\S*)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const [, k, v] = m;
    out.push([k, v]);
    if (k === 'msg' && v.startsWith("'")) out.push(...fieldsOf(v.slice(1, -1)).map(([a, b]) => [a, b] as [string, string]));
  }
  return out;
}

/** The log's events in the order their first record was written. */
export function parseLog(text: string): AuEvent[] {
  const events: AuEvent[] = [];
  const byKey = new Map<string, AuEvent>();
  for (const line of text.split('\n')) {
    const m = /^type=(\S+) msg=audit\((\d+)\.(\d+):(\d+)\): ?(.*)$/.exec(line);
    if (!m) continue;
    const [, type, sec, milli, serial] = m;
    const message = line.split(GS)[0];
    const order = fieldsOf(message.slice(message.indexOf('): ') + 3));
    const fields: Record<string, string> = {};
    for (const [k, v] of order) if (!(k in fields) || k !== 'msg') fields[k] = v.replace(/^["']|["']$/g, '');
    const key = `${sec}.${milli}:${serial}`;
    let ev = byKey.get(key);
    if (!ev) {
      ev = { sec: Number(sec), milli: Number(milli), serial: Number(serial), records: [] };
      byKey.set(key, ev);
      events.push(ev);
    }
    ev.records.push({ type, message, line, fields, order });
  }
  return events;
}

/** The first value of a field in an event's records. */
export const field = (e: AuEvent, k: string): string | undefined => e.records.find((r) => k in r.fields)?.fields[k];

/** Reads the log as the user: null after printing what the tool prints when it cannot. */
export function readLog(ctx: CommandContext, tool: 'ausearch' | 'aureport', file: string | undefined): AuEvent[] | null {
  const root = ctx.frame.user === 'root';
  const path = file ?? LOG;
  if (!file && !root) {
    // load_config(): /etc/audit/auditd.conf is 0640 root, so the built-in values are used
    ctx.err('Error opening config file (Permission denied)\n');
    if (tool === 'ausearch') ctx.err('NOTE - using built-in end_of_event_timeout: 2\n');
    ctx.err(`NOTE - using built-in logs: ${LOG}\n`);
  }
  const r = readFile(ctx, file ? ctx.resolve(file) : LOG);
  if (!r.ok) {
    if (file && r.errno === 'ENOENT') ctx.err('stat: No such file or directory\n');
    else ctx.err(`Error opening ${path} (${r.errno === 'ENOENT' ? 'No such file or directory' : r.errno === 'EISDIR' ? 'Is a directory' : 'Permission denied'})\n`);
    return null;
  }
  return parseLog(r.text);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** ctime(3) without its newline: "Wed Dec 10 01:02:55 2025". */
export function ctime(host: Host, sec: number): string {
  const t = localTm(host, sec * 1000);
  const wday = new Date(Date.UTC(t.y, t.mo, t.d)).getUTCDay();
  return `${DAYS[wday]} ${MONTHS[t.mo]} ${String(t.d).padStart(2, ' ')} ${two(t.h)}:${two(t.mi)}:${two(t.s)} ${t.y}`;
}

/** strftime "%x %T" in en_US.UTF-8: "12/10/2025 01:02:55". */
export function xT(host: Host, sec: number): string {
  const t = localTm(host, sec * 1000);
  return `${two(t.mo + 1)}/${two(t.d)}/${t.y} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
}

/** An id as ausearch -i and aureport -i print it: unset for -1, the account name, or unknown(N). */
export function idName(host: Host, v: string): string {
  if (v === '4294967295' || v === '-1') return 'unset';
  const u = userByUid(host, Number(v));
  return u ? u.name : `unknown(${v})`;
}

/** The local time of day and date at `ms` as ausearch-time.c's mktime() takes them back. */
export function localMidnight(host: Host, ms: number): number {
  const t = localTm(host, ms);
  return Math.floor(ms / 1000) - (t.h * 3600 + t.mi * 60 + t.s);
}

/** mktime() of a local date and time on the guest (its offset taken at that moment). */
export function mktime(host: Host, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const guess = Date.UTC(y, mo, d, h, mi, s) / 1000;
  const off = localTm(host, guess * 1000).off;
  return guess - off * 60;
}

export type TimeResult = { at: number } | { error: string };

/**
 * ausearch_time_start()/ausearch_time_end() of src/ausearch-time.c: a keyword (now, recent, this-hour, boot, today,
 * yesterday, this-week, week-ago, this-month, this-year) or a date in %x (MM/DD/YYYY), then an optional %X time
 * (HH:MM[:SS]). A start without time is midnight; an end without time keeps the time of day of now.
 */
export function parseTime(host: Host, nowMs: number, uptimeSec: number, which: 'start' | 'end', da: string, ti: string | undefined): TimeResult {
  const nowSec = Math.floor(nowMs / 1000);
  const today = localTm(host, nowMs);
  let date: { y: number; mo: number; d: number } | undefined;
  const dayOf = (sec: number) => {
    const t = localTm(host, sec * 1000);
    return { y: t.y, mo: t.mo, d: t.d };
  };
  switch (da) {
    case 'now':
    case 'recent':
    case 'boot':
    case 'this-hour': {
      const at = da === 'now' ? nowSec : da === 'recent' ? nowSec - 600 : da === 'boot' ? nowSec - Math.floor(uptimeSec + 0.5) : nowSec - today.mi * 60 - today.s;
      if (ti === undefined || ti === '00:00:00') return { at };
      date = dayOf(at);
      break;
    }
    case 'today':
      if (which === 'end' && (ti === undefined || ti === '00:00:00')) return { at: nowSec };
      date = dayOf(nowSec);
      break;
    case 'yesterday':
      date = dayOf(nowSec - 86400);
      break;
    case 'this-week':
      date = dayOf(nowSec - new Date(Date.UTC(today.y, today.mo, today.d)).getUTCDay() * 86400);
      break;
    case 'week-ago':
      date = dayOf(nowSec - 7 * 86400);
      break;
    case 'this-month':
      date = { y: today.y, mo: today.mo, d: 1 };
      break;
    case 'this-year':
      date = { y: today.y, mo: 0, d: 1 };
      break;
    default: {
      // strptime "%m/%d/%Y": 1-2 digit month and day, the year's digits
      const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{1,4})/.exec(da);
      const Which = which === 'start' ? 'start' : 'end';
      if (!m || +m[1] < 1 || +m[1] > 12 || +m[2] < 1 || +m[2] > 31) return { error: `Invalid ${Which} date (${da}). Month, Day, and Year are required.\n` };
      if (m[0].length !== da.length) return { error: `Error parsing ${Which} date (${da})\n` };
      date = { y: +m[3], mo: +m[1] - 1, d: +m[2] };
    }
  }
  let hms: [number, number, number];
  if (ti !== undefined) {
    const full = ti.length <= 5 ? `${ti}:00` : ti;
    const m = /^\s*(\d{1,2}):(\d{1,2}):(\d{1,2})/.exec(full);
    if (!m || +m[1] > 23 || +m[2] > 59 || +m[3] > 61) return { error: `Invalid ${which} time (${ti}). Hour, Minute, and Second are required.\n` };
    if (m[0].length !== full.length) return { error: `Error parsing ${which} time (${ti})\n` };
    hms = [+m[1], +m[2], +m[3]];
  } else if (which === 'start') hms = [0, 0, 0];
  else hms = [today.h, today.mi, today.s];
  if (date.y < 2004) return { error: `Error - year is ${date.y}\n` };
  return { at: mktime(host, date.y, date.mo, date.d, ...hms) };
}
