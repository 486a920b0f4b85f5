// The journal of a guest as entries with fields, read back from the lines the model writes (each unit's log,
// `Mon DD HH:MM:SS host ident[pid]: message`) and the kernel's records (lib/kmsg.ts), for journalctl's filters and
// output modes. Priorities and MESSAGE_IDs are those systemd 252-46 gives its own messages (job.c, unit.c,
// service.c): a service's stdout and stderr go in at the unit's SyslogLevel=, info; the catalog texts for -x are
// catalog/systemd.catalog.in's, with the Support: URL Rocky 9's build carries.
import type { CommandContext } from '../../../context';
import type { Host, SystemdUnit } from '../../../types';
import { tm } from '../../../util';
import { Rng, seedFrom } from '../../../rng';

const hashHex = (seed: number, key: string) => new Rng(seedFrom(`${seed}|${key}`)).hex(8);
import { bootLog } from '../../lib/kmsg';
import { bootsOf, type Boot } from './boots';
import { unitJournal } from '../../lib/units';
import { boxJournalUnit, boxServices } from '../systemctl/status-service';
import { bootTimeline } from '../systemctl/boot-times';

export interface Entry {
  /** Realtime (ms). */
  t: number;
  /** Realtime (µs) and monotonic time since its boot began (µs). */
  us: number;
  mono: number;
  /** _BOOT_ID */
  boot: string;
  host: string;
  ident: string;
  pid?: number;
  msg: string;
  prio: number;
  /** _SYSTEMD_UNIT: init.scope for the manager's own lines, the service for its processes' lines. */
  unit?: string;
  /** UNIT= of the manager's lines about a unit. */
  about?: string;
  transport: 'journal' | 'stdout' | 'kernel' | 'syslog';
  id?: string;
  /** Catalog fields (JOB_ID, JOB_RESULT, UNIT_RESULT, EXIT_CODE, EXIT_STATUS, COMMAND). */
  fields?: Record<string, string>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINE = /^(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d) (\S+) ([^[:\s]+)(?:\[(\d+)\])?: ([\s\S]*)$/;

/** sd-messages.h of v252 */
const ID = {
  starting: '7d4958e842da4a758f6c1cdc7b36dcc5',
  started: '39f53479d3a045ac8e11786248231fbf',
  failed: 'be02cf6855d2428ba40df7e9d022f03d',
  stopping: 'de5b426a63be47a7b6ac3eaac82e2f6f',
  stopped: '9d1aaa27d60140bd96365438aad20286',
  restart: '5eb03494b6584870a536b337290809b3',
  resources: 'ae8f7b866b0347b9af31fe1c80b127c0',
  success: '7ad2d189f7e94e70a38c781354912448',
  failure: 'd9b373ed55a64feb8242e02dbe79a49c',
  exit: '98e322203f7a4ed290d09fe03c09fe15',
};

/** catalog/systemd.catalog.in of v252-46 for the ids above; %SUPPORT_URL% as Rocky 9's systemd fills it. */
const SUPPORT = 'https://access.redhat.com/support';
const CATALOG: Record<string, [subject: string, body: string]> = {
  [ID.starting]: ['A start job for unit @UNIT@ has begun execution', 'A start job for unit @UNIT@ has begun execution.\n\nThe job identifier is @JOB_ID@.'],
  [ID.started]: ['A start job for unit @UNIT@ has finished successfully', 'A start job for unit @UNIT@ has finished successfully.\n\nThe job identifier is @JOB_ID@.'],
  [ID.failed]: ['A start job for unit @UNIT@ has failed', 'A start job for unit @UNIT@ has finished with a failure.\n\nThe job identifier is @JOB_ID@ and the job result is @JOB_RESULT@.'],
  [ID.stopping]: ['A stop job for unit @UNIT@ has begun execution', 'A stop job for unit @UNIT@ has begun execution.\n\nThe job identifier is @JOB_ID@.'],
  [ID.stopped]: ['A stop job for unit @UNIT@ has finished', 'A stop job for unit @UNIT@ has finished.\n\nThe job identifier is @JOB_ID@ and the job result is @JOB_RESULT@.'],
  [ID.restart]: ['Automatic restarting of a unit has been scheduled', 'Automatic restarting of the unit @UNIT@ has been scheduled, as the result for\nthe configured Restart= setting for the unit.'],
  [ID.resources]: ['Resources consumed by unit runtime', 'The unit @UNIT@ completed and consumed the indicated resources.'],
  [ID.success]: ['Unit succeeded', "The unit @UNIT@ has successfully entered the 'dead' state."],
  [ID.failure]: ['Unit failed', "The unit @UNIT@ has entered the 'failed' state with result '@UNIT_RESULT@'."],
  [ID.exit]: ['Unit process exited', "An @COMMAND@= process belonging to unit @UNIT@ has exited.\n\nThe process' exit code is '@EXIT_CODE@' and its exit status is @EXIT_STATUS@."],
};

/** The lines print_catalog() adds under an entry with -x (a UTF-8 locale: the prefix is two light shades). */
export function catalogLines(e: Entry): string {
  const c = e.id ? CATALOG[e.id] : undefined;
  if (!c) return '';
  const f: Record<string, string> = { UNIT: e.about ?? e.unit ?? '', ...e.fields };
  const text = `Subject: ${c[0]}\nDefined-By: systemd\nSupport: ${SUPPORT}\n\n${c[1]}`.replace(/@(\w+)@/g, (m, k: string) => f[k] ?? m);
  return text.split('\n').map((l) => `░░ ${l}\n`).join('');
}

/** What the manager's message says, as its priority, MESSAGE_ID and catalog fields. */
function classify(msg: string, unit: string): Pick<Entry, 'prio' | 'id' | 'fields'> {
  const own = msg.startsWith(unit + ': ') ? msg.slice(unit.length + 2) : null;
  if (own !== null) {
    let m: RegExpExecArray | null;
    if ((m = /^Main process exited, code=(\w+), status=(\d+)\//.exec(own))) return { prio: 5, id: ID.exit, fields: { COMMAND: 'ExecStart', EXIT_CODE: m[1], EXIT_STATUS: m[2] } };
    if ((m = /^Failed with result '([^']+)'\.$/.exec(own))) return { prio: 4, id: ID.failure, fields: { UNIT_RESULT: m[1] } };
    if (own.startsWith('Scheduled restart job')) return { prio: 6, id: ID.restart };
    if (own === 'Deactivated successfully.') return { prio: 6, id: ID.success };
    if (own.startsWith('Consumed ')) return { prio: 6, id: ID.resources };
    return { prio: 6 };
  }
  if (msg.startsWith('Starting ')) return { prio: 6, id: ID.starting };
  if (msg.startsWith('Started ')) return { prio: 6, id: ID.started };
  if (msg.startsWith('Finished ')) return { prio: 6, id: ID.started };
  if (msg.startsWith('Stopping ')) return { prio: 6, id: ID.stopping };
  if (msg.startsWith('Stopped ')) return { prio: 6, id: ID.stopped, fields: { JOB_RESULT: 'done' } };
  if (msg.startsWith('Failed to start ')) return { prio: 3, id: ID.failed, fields: { JOB_RESULT: 'failed' } };
  return { prio: 6 };
}

/** The year of a `Mon DD` stamp: the clock's, or the one before for a month still to come. */
function parseStamp(now: number, mon: string, d: string, h: string, mi: string, s: string): number {
  const n = tm(now);
  const mo = MONTHS.indexOf(mon);
  const y = mo > n.mo ? n.y - 1 : n.y;
  return Date.UTC(y, mo, Number(d), Number(h), Number(mi), Number(s));
}

/**
 * Every entry of the host's journal, oldest first: the kernel's records of this boot and the units' lines. Jobs get
 * identifiers in the order they ran (boot jobs from 200, later ones from 600): the model does not keep systemd's.
 */
export function journalEntries(ctx: CommandContext, only?: string[]): Entry[] {
  const h = ctx.host;
  const sys = h.sys!;
  const now = ctx.world.now;
  const units = only ? (only.map((u) => sys.units.get(u)).filter(Boolean) as SystemdUnit[]) : [...sys.units.values()];
  // the box's own services log their start at boot too
  for (const name of boxServices(h)) if (!only || only.includes(name)) {
    const u = boxJournalUnit(h, ctx.world.seed, name);
    if (u) units.push(u);
  }
  // in the order the boot started them (lines within one second keep this order)
  const { times } = bootTimeline(h, ctx.world.seed);
  units.sort((a, b) => (times.get(a.name)?.activating ?? Infinity) - (times.get(b.name)?.activating ?? Infinity));
  const boots = bootsOf(ctx);
  const bootAt = (t: number): Boot => [...boots].reverse().find((b) => t >= b.start - (b.start % 1000)) ?? boots[0];
  type Raw = Omit<Entry, 'us' | 'mono' | 'boot'> & { n: number; kus?: number; b?: Boot };
  const out: Raw[] = [];
  let n = 0;
  // the kernel's records of every boot first: at a tie they come before what the services logged
  if (!only) {
    const short = h.hostname.split('.')[0];
    for (const b of boots) {
      const recs = [...bootLog(h), ...(sys.kmsg ?? []).filter((k) => k.at >= b.start && k.at < b.end).map((k) => ({ us: (k.at - b.start) * 1000, level: k.level, text: k.text }))];
      for (const r of recs) out.push({ t: b.start + Math.floor(r.us / 1000), host: short, ident: 'kernel', msg: r.text, prio: r.level, transport: 'kernel', n: n++, kus: r.us, b });
    }
  }
  for (const u of units) {
    for (const line of unitJournal(h, u, ctx.world.seed)) {
      const m = LINE.exec(line);
      if (!m) continue;
      const [, mon, d, hh, mi, ss, host, ident, pid, msg] = m;
      const t = parseStamp(now, mon, d, hh, mi, ss);
      const mgr = ident === 'systemd' && pid === '1';
      const c = mgr ? classify(msg, u.name) : { prio: 6 };
      out.push({ t, host, ident, pid: pid ? Number(pid) : undefined, msg, ...c, unit: mgr ? 'init.scope' : u.name, about: mgr ? u.name : undefined, transport: mgr ? 'journal' : 'stdout', n: n++ });
    }
  }
  // what was sent to /dev/log (logger)
  if (!only) {
    const short = h.hostname.split('.')[0];
    for (const r of sys.syslog ?? []) out.push({ t: r.at, host: short, ident: r.ident, pid: r.pid, msg: r.msg, prio: r.prio, transport: 'syslog', fields: { SYSLOG_FACILITY: String(r.facility), _UID: String(r.uid) }, n: n++ });
  }
  // the units' lines keep whole seconds: order by the second, then by source
  out.sort((a, b) => Math.floor(a.t / 1000) - Math.floor(b.t / 1000) || a.n - b.n);
  // microseconds: the kernel's own; the units' lines spread through their second in order, from the seed
  let last = 0;
  const done: Entry[] = out.map((e) => {
    const b = e.b ?? bootAt(e.t);
    let us = e.kus !== undefined ? b.start * 1000 + e.kus : Math.floor(e.t / 1000) * 1_000_000 + (parseInt(hashHex(ctx.world.seed, `${e.n}|${e.msg}`), 16) % 400_000);
    if (us <= last) us = last + 37 + (e.n % 200);
    last = us;
    const { n: _n, kus: _k, b: _b, ...rest } = e;
    return { ...rest, t: Math.floor(us / 1000), us, mono: Math.max(0, us - b.start * 1000), boot: b.id };
  });
  // job identifiers: a start or stop job's begin and end share one
  let boot = 200;
  let later = 600;
  const open = new Map<string, string>();
  for (const e of done) {
    if (!e.about || !e.id) continue;
    const key = e.about;
    if (e.id === ID.starting || e.id === ID.stopping) {
      const id = String(e.t - h.bootedAt < 60_000 ? boot++ : later++);
      open.set(key, id);
      e.fields = { ...e.fields, JOB_ID: id };
    } else if (e.id === ID.started || e.id === ID.stopped || e.id === ID.failed) {
      const id = open.get(key) ?? String(e.t - h.bootedAt < 60_000 ? boot++ : later++);
      open.delete(key);
      e.fields = { ...e.fields, JOB_ID: id };
    }
  }
  return done;
}

/** The executable of an entry's process, for `journalctl /usr/bin/kubelet` (an _EXE= match). */
export function exeOf(e: Entry): string | undefined {
  if (e.transport === 'kernel') return undefined;
  if (e.ident === 'systemd') return '/usr/lib/systemd/systemd';
  return { kubelet: '/usr/bin/kubelet', containerd: '/usr/bin/containerd', dockerd: '/usr/bin/dockerd', sshd: '/usr/sbin/sshd', crond: '/usr/sbin/crond', chronyd: '/usr/sbin/chronyd' }[e.ident];
}

/** The value of a journal field of an entry, for matches (FIELD=VALUE). */
export function field(e: Entry, name: string): string | undefined {
  switch (name) {
    case 'MESSAGE':
      return e.msg;
    case '_BOOT_ID':
      return e.boot;
    case 'PRIORITY':
      return String(e.prio);
    case 'SYSLOG_IDENTIFIER':
      return e.ident;
    case '_COMM':
      return e.transport === 'kernel' ? undefined : e.ident;
    case '_PID':
      return e.pid === undefined ? undefined : String(e.pid);
    case '_HOSTNAME':
      return e.host;
    case '_SYSTEMD_UNIT':
      return e.unit;
    case 'UNIT':
      return e.about;
    case '_TRANSPORT':
      return e.transport;
    case 'MESSAGE_ID':
      return e.id;
    case '_EXE':
      return exeOf(e);
    default:
      return e.fields?.[name];
  }
}
