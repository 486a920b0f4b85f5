// journalctl 252's output modes (src/shared/logs-show.c: output_short() and its timestamps, output_verbose(),
// output_export(), output_json() with src/shared/json.c's formatting, output_cat()) for the model's entries, with
// the fields journald gives them (src/journal/journald-server.c dispatch_message_real(), journald-stream.c,
// journald-kmsg.c). The cursor is sd_journal_get_cursor()'s "s=;i=;b=;m=;t=;x=".
import type { CommandContext } from '../../../context';
import { guestState } from '../../../guest-state';
import { Rng, seedFrom } from '../../../rng';
import { tm, two } from '../../../util';
import { stamp } from '../../lib/units';
import { catalogLines, exeOf, type Entry } from './journal';

const hex = (seed: number, key: string, n = 32) => new Rng(seedFrom(`${seed}|${key}`)).hex(n);

/** PID 1's and a root service's effective capabilities: all 41 of the 5.14 kernel. */
const CAP_ALL = '1ffffffffff';

export interface Fielded {
  e: Entry;
  cursor: string;
  /** The entry's fields in the order journald stored them (_BOOT_ID first). */
  fields: [string, string][];
}

/** The fields of each entry and its cursor. `all` is the whole journal in order (the sequence numbers). */
export function withFields(ctx: CommandContext, entries: Entry[], all: Entry[]): Fielded[] {
  const h = ctx.host;
  const seed = ctx.world.seed;
  const machine = (guestState(ctx.world, h.id).machineId ??= ctx.world.rng.hex(32));
  const seqId = hex(seed, `${h.id}|seqnum`);
  const index = new Map(all.map((e, i) => [`${e.us}|${e.msg}`, i]));
  return entries.map((e) => {
    const f: [string, string][] = [['_BOOT_ID', e.boot], ['_MACHINE_ID', machine], ['_HOSTNAME', e.host]];
    const add = (k: string, v: string | number | undefined) => v !== undefined && f.push([k, String(v)]);
    if (e.transport === 'kernel') {
      add('_SOURCE_MONOTONIC_TIMESTAMP', e.mono);
      add('_TRANSPORT', 'kernel');
      add('PRIORITY', e.prio);
      add('SYSLOG_FACILITY', 0);
      add('SYSLOG_IDENTIFIER', 'kernel');
      add('MESSAGE', e.msg);
    } else if (e.transport === 'journal') {
      add('PRIORITY', e.prio);
      add('SYSLOG_FACILITY', 3);
      add('SYSLOG_IDENTIFIER', 'systemd');
      add('_UID', 0);
      add('_GID', 0);
      add('_TRANSPORT', 'journal');
      add('_CAP_EFFECTIVE', CAP_ALL);
      add('_SELINUX_CONTEXT', 'system_u:system_r:init_t:s0');
      add('_COMM', 'systemd');
      add('_EXE', '/usr/lib/systemd/systemd');
      add('_SYSTEMD_CGROUP', '/init.scope');
      add('_SYSTEMD_UNIT', 'init.scope');
      add('_SYSTEMD_SLICE', '-.slice');
      add('_PID', 1);
      add('MESSAGE_ID', e.id);
      add('UNIT', e.about);
      add('MESSAGE', e.msg);
      for (const [k, v] of Object.entries(e.fields ?? {})) add(k, v);
      add('_SOURCE_REALTIME_TIMESTAMP', e.us - 13);
    } else if (e.transport === 'syslog') {
      add('PRIORITY', e.prio);
      add('SYSLOG_FACILITY', e.fields?.SYSLOG_FACILITY);
      add('SYSLOG_IDENTIFIER', e.ident);
      add('_UID', e.fields?._UID);
      add('_GID', e.fields?._UID);
      add('_TRANSPORT', 'syslog');
      add('_PID', e.pid);
      add('_COMM', 'logger');
      add('_EXE', '/usr/bin/logger');
      add('MESSAGE', e.msg);
    } else {
      const u = e.unit ? h.sys?.units.get(e.unit) : undefined;
      add('PRIORITY', e.prio);
      add('SYSLOG_FACILITY', 3);
      add('_UID', 0);
      add('_GID', 0);
      add('_CAP_EFFECTIVE', CAP_ALL);
      add('_SYSTEMD_SLICE', 'system.slice');
      add('_TRANSPORT', 'stdout');
      add('_STREAM_ID', hex(seed, `${h.id}|stream|${e.unit}|${e.pid}`));
      add('SYSLOG_IDENTIFIER', e.ident);
      add('_PID', e.pid);
      add('_COMM', e.ident);
      add('_EXE', exeOf(e));
      add('_SYSTEMD_CGROUP', e.unit ? `/system.slice/${e.unit}` : undefined);
      add('_SYSTEMD_UNIT', e.unit);
      add('_SYSTEMD_INVOCATION_ID', u ? hex(seed, `${h.id}|${u.name}|${u.since}`) : undefined);
      add('MESSAGE', e.msg);
    }
    const i = index.get(`${e.us}|${e.msg}`) ?? 0;
    const cursor = `s=${seqId};i=${(i + 1).toString(16)};b=${e.boot};m=${e.mono.toString(16)};t=${e.us.toString(16)};x=${hex(seed, `${h.id}|x|${i}|${e.msg}`, 16).replace(/^0+/, '')}`;
    return { e, cursor, fields: f };
  });
}

/** json.c's string escapes. */
function jstr(s: string): string {
  let o = '"';
  for (const c of s) {
    const n = c.charCodeAt(0);
    if (c === '"' || c === '\\') o += '\\' + c;
    else if (c === '\n') o += '\\n';
    else if (c === '\r') o += '\\r';
    else if (c === '\t') o += '\\t';
    else if (c === '\b') o += '\\b';
    else if (c === '\f') o += '\\f';
    else if (n < 0x20) o += '\\u' + n.toString(16).padStart(4, '0');
    else o += c;
  }
  return o + '"';
}

const usStamp = (us: number) => `${stamp(Math.floor(us / 1000)).replace(/ UTC$/, '')}.${String(us % 1_000_000).padStart(6, '0')} UTC`;
const secs = (us: number) => `${Math.floor(us / 1_000_000)}.${String(us % 1_000_000).padStart(6, '0')}`;

/** One entry in a mode; `prev` is the entry printed before it (short-delta). */
export function renderEntry(x: Fielded, mode: string, opts: { noHost: boolean; catalog: boolean; prev?: Entry }): string {
  const e = x.e;
  if (mode === 'verbose') return `${usStamp(e.us)} [${x.cursor}]\n${x.fields.map(([k, v]) => `    ${k}=${v.replace(/\n/g, '\n' + ' '.repeat(k.length + 5))}\n`).join('')}${opts.catalog ? catalogLines(e) : ''}`;
  if (mode === 'export')
    return `__CURSOR=${x.cursor}\n__REALTIME_TIMESTAMP=${e.us}\n__MONOTONIC_TIMESTAMP=${e.mono}\n_BOOT_ID=${e.boot}\n${x.fields.filter(([k]) => k !== '_BOOT_ID').map(([k, v]) => `${k}=${v}\n`).join('')}\n`;
  if (mode.startsWith('json')) {
    const pairs: [string, string][] = [['__CURSOR', x.cursor], ['__REALTIME_TIMESTAMP', String(e.us)], ['__MONOTONIC_TIMESTAMP', String(e.mono)], ...x.fields];
    if (mode === 'json-pretty') return `{\n${pairs.map(([k, v]) => `\t${jstr(k)} : ${jstr(v)}`).join(',\n')}\n}\n`;
    const body = `{${pairs.map(([k, v]) => `${jstr(k)}:${jstr(v)}`).join(',')}}`;
    return mode === 'json-sse' ? `data: ${body}\n\n` : mode === 'json-seq' ? `\x1e${body}\n` : body + '\n';
  }
  if (mode === 'cat') return e.msg + '\n' + (opts.catalog ? catalogLines(e) : '');
  const t = tm(e.t);
  const frac = String(e.us % 1_000_000).padStart(6, '0');
  const iso = `${t.y}-${two(t.mo + 1)}-${two(t.d)}T${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
  let ts: string;
  if (mode === 'short-iso') ts = `${iso}+0000`;
  else if (mode === 'short-iso-precise') ts = `${iso}.${frac}+0000`;
  else if (mode === 'short-precise') ts = `${t.monName} ${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}.${frac}`;
  else if (mode === 'short-unix') ts = secs(e.us).padStart(17);
  else if (mode === 'short-full' || mode === 'with-unit') ts = stamp(e.t);
  else if (mode === 'short-monotonic' || mode === 'short-delta') {
    const m = `[${secs(e.mono).padStart(12)}`;
    if (mode === 'short-monotonic') ts = m + ']';
    else {
      const p = opts.prev;
      const d = !p ? null : p.boot === e.boot ? Math.max(0, e.mono - p.mono) : Math.max(0, e.us - p.us);
      ts = d === null ? `${m}${' '.repeat(16)}]` : `${m} <${secs(d).padStart(12)}${p!.boot === e.boot ? ' ' : '*'}>]`;
    }
  } else ts = `${t.monName} ${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
  const name = mode === 'with-unit' && e.unit ? e.unit : e.ident;
  const head = `${ts}${opts.noHost ? '' : ' ' + e.host} ${name}${e.pid !== undefined ? `[${e.pid}]` : ''}: `;
  // print_multiline(): continuation lines are indented to the message's column
  const msg = e.msg.split('\n').join('\n' + ' '.repeat(head.length));
  return head + msg + '\n' + (opts.catalog ? catalogLines(e) : '');
}
