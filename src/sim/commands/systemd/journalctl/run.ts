// journalctl of systemd 252: the journal of the model's units (the lines the world writes: starts and stops,
// the kubelet's failures before kubeadm, its swap and cgroup-driver errors, node registration) and the kernel's
// records (journal.ts) of every boot (boots.ts), merged by time; -u UNIT (repeatable), -k, -b [ID][±offset|all],
// --list-boots, --disk-usage, -p, -t, -g, -S/-U, matches (FIELD=VALUE, a path, +), -n N / --lines=N, -r, -e, -f until
// Ctrl+C, -x, every -o mode (format.ts), --no-hostname, --no-pager, -q, -m (options and help in spec.ts). No "Journal begins" header (systemd 250 made it a
// debug message).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { Interrupt } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { unitName } from '../../lib/units';
import { field, journalEntries, type Entry } from './journal';
import { bootsOf, listBoots, noBoot, parseBoot, pickBoot } from './boots';
import { renderEntry, withFields } from './format';
import { spec } from './spec';

/** The value of a bare `-n` / `--lines`: journalctl takes the next word when it is a number (parse_lines). */
function bareLines(ctx: CommandContext): string | undefined {
  const i = ctx.args.findIndex((a) => /^--lin(e|es)?$/.test(a) || /^-[a-zA-Z]*n$/.test(a));
  const next = ctx.args[i + 1];
  return i >= 0 && next !== undefined && /^(\+?\d+|all)$/.test(next) ? next : undefined;
}

/** journalctl's checks of -p, -o, --since/--until and the matches, in its words (parse_argv, add_matches). */
function badArgs(ctx: CommandContext, skip: (string | undefined)[]): string | undefined {
  const opts = ctx.opts!;
  for (const p of opts.all('priority')) {
    const range = p.includes('..');
    if (range ? !p.split('..').every((x) => LEVEL(x)) : !LEVEL(p)) return range ? `Failed to parse log level range ${p}\n` : `Unknown log level ${p}\n`;
  }
  const o = opts.get('output');
  if (typeof o === 'string' && o !== 'help' && !OUTPUTS.includes(o)) return `Unknown output format '${o}'.\n`;
  for (const t of [...opts.all('since'), ...opts.all('until')]) if (!timestamp(t)) return `Failed to parse timestamp: ${t}\n`;
  const lines = opts.get('lines');
  if (typeof lines === 'string' && !/^(\+?\d+|all)$/.test(lines)) return `Failed to parse lines '${lines}'\n`;
  const ops = [...(ctx.operands ?? [])];
  for (const w of skip) if (w !== undefined && ops.includes(w)) ops.splice(ops.indexOf(w), 1);
  for (const m of ops) {
    if (m === '+' || /^[A-Z0-9_]+=/.test(m)) continue;
    if (m.startsWith('/')) {
      if (!ctx.host.fs.exists(m)) return "Couldn't canonicalize path: No such file or directory\n";
      continue;
    }
    return `Failed to add match '${m}': Invalid argument\n`;
  }
  return undefined;
}

const LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];
const LEVEL = (x: string) => LEVELS.includes(x) || /^[0-7]$/.test(x);
/** `journalctl -o help` */
const OUTPUTS = ['short', 'short-full', 'short-iso', 'short-iso-precise', 'short-precise', 'short-monotonic', 'short-delta', 'short-unix', 'verbose', 'export', 'json', 'json-pretty', 'json-sse', 'json-seq', 'cat', 'with-unit'];

/** The forms parse_timestamp() reads (systemd.time(7)): words, relative spans, @epoch, dates and times. */
function timestamp(t: string): boolean {
  const w = t.trim();
  if (['now', 'today', 'yesterday', 'tomorrow'].includes(w) || /^@\d+(\.\d+)?$/.test(w)) return true;
  const span = /^(\d+(\.\d+)?\s*(us|usec|ms|msec|s|sec|second|seconds|m|min|minute|minutes|h|hr|hour|hours|d|day|days|w|week|weeks|M|month|months|y|year|years)?\s*)+$/;
  if (/^[-+]/.test(w) && span.test(w.slice(1).trim())) return true;
  if (/ ago$/.test(w) && span.test(w.slice(0, -4).trim())) return true;
  const day = '(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* ';
  return new RegExp(`^(${day})?(\\d{2,4}-\\d{1,2}-\\d{1,2}([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?|\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)( (UTC|[A-Z]{3,4}|[+-]\\d{2}:?\\d{2}))?$`).test(w);
}

/** parse_timestamp() for --since/--until: the forms timestamp() accepts, as a time (ms), UTC. */
function timeOf(t: string, now: number): number {
  const w = t.trim();
  const day = (ms: number) => ms - (ms % 86_400_000);
  if (w === 'now') return now;
  if (w === 'today') return day(now);
  if (w === 'yesterday') return day(now) - 86_400_000;
  if (w === 'tomorrow') return day(now) + 86_400_000;
  if (w.startsWith('@')) return Math.floor(Number(w.slice(1)) * 1000);
  const UNITS: [RegExp, number][] = [[/^(us|usec)$/, 0.001], [/^(ms|msec)$/, 1], [/^(s|sec|second|seconds|)$/, 1000], [/^(m|min|minute|minutes)$/, 60_000], [/^(h|hr|hour|hours)$/, 3_600_000], [/^(d|day|days)$/, 86_400_000], [/^(w|week|weeks)$/, 604_800_000], [/^(M|month|months)$/, 2_629_800_000], [/^(y|year|years)$/, 31_557_600_000]];
  const span = (x: string) => {
    let ms = 0;
    for (const m of x.matchAll(/(\d+(?:\.\d+)?)\s*([a-zA-Z]*)/g)) ms += Number(m[1]) * (UNITS.find(([re]) => re.test(m[2]))?.[1] ?? 1000);
    return ms;
  };
  if (w.startsWith('-')) return now - span(w.slice(1));
  if (w.startsWith('+')) return now + span(w.slice(1));
  if (w.endsWith(' ago')) return now - span(w.slice(0, -4));
  const m = /^(?:[A-Z][a-z]+ )?(?:(\d{2,4})-(\d{1,2})-(\d{1,2}))?[ T]?(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(w)!;
  if (!m[1]) return day(now) + Number(m[4] ?? 0) * 3_600_000 + Number(m[5] ?? 0) * 60_000 + Number(m[6] ?? 0) * 1000;
  const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return Date.UTC(y, Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** The matches (FIELD=VALUE, a path, `+`): the same field ORs, different fields AND, `+` ORs the groups. */
function matcher(ctx: CommandContext, ops: string[]): (e: Entry) => boolean {
  const groups: Map<string, string[]>[] = [new Map()];
  for (const m of ops) {
    if (m === '+') {
      groups.push(new Map());
      continue;
    }
    const [k, v] = m.startsWith('/') ? ['_EXE', m] : [m.slice(0, m.indexOf('=')), m.slice(m.indexOf('=') + 1)];
    const g = groups[groups.length - 1];
    g.set(k, [...(g.get(k) ?? []), v]);
  }
  const live = groups.filter((g) => g.size);
  if (!live.length) return () => true;
  return (e) => live.some((g) => [...g].every(([k, vs]) => vs.includes(field(e, k) ?? '\0')));
}

function* journalctl(ctx: CommandContext): CommandRun {
  const opts = ctx.opts!;
  if (opts.get('output') === 'help') {
    ctx.out(OUTPUTS.join('\n') + '\n');
    return 0;
  }
  // -b: its word (attached, or the next one when it parses: spec.ts nextWord), checked by parse_boot_descriptor()
  const bootOpt = opts.all('boot').length ? opts.get('boot') : undefined;
  const desc = typeof bootOpt === 'string' ? parseBoot(bootOpt) : bootOpt === true ? { id: null, offset: 0, all: false } : undefined;
  if (typeof bootOpt === 'string' && !desc) {
    ctx.err(`Failed to parse boot descriptor '${bootOpt}'\n`);
    return 1;
  }
  const linesWord = opts.get('lines') === true ? bareLines(ctx) : undefined;
  const bad = badArgs(ctx, [linesWord]);
  if (bad) {
    ctx.err(bad);
    return 1;
  }
  const now = ctx.world.now;
  const mode = (opts.get('output') as string | undefined) ?? 'short';
  const boots = bootsOf(ctx);
  const all = journalEntries(ctx);
  if (opts.has('disk-usage')) {
    // system.journal and the login's user-1000.journal, each one of journald's 8M allocation steps
    ctx.out('Archived and active journals take up 16.0M in the file system.\n');
    return 0;
  }
  if (opts.has('list-boots')) {
    const rows = boots.map((b) => {
      const mine = all.filter((e) => e.boot === b.id);
      return { id: b.id, first: mine[0]?.us ?? b.start * 1000, last: mine[mine.length - 1]?.us ?? b.start * 1000 };
    });
    ctx.out(listBoots(rows, opts.has('reverse'), mode, opts.has('quiet')));
    return 0;
  }
  // -b (or -k, --this-boot): one boot; "all" (and no -b) every boot
  let boot: string | undefined;
  if (opts.has('dmesg') || opts.has('this-boot')) boot = boots[boots.length - 1].id;
  if (desc && !desc.all) {
    const b = pickBoot(boots, desc.id, desc.offset);
    if (!b) {
      ctx.err(noBoot(desc.id, desc.offset));
      return 1;
    }
    boot = b.id;
  }
  const units = opts.all('unit').map(unitName);
  let lines: number | null = null;
  const n = opts.get('lines');
  if (n !== undefined) {
    const word = n === true ? linesWord : n;
    lines = word === undefined ? 10 : word === 'all' ? null : Number(word.replace(/^\+/, ''));
  }
  const follow = opts.has('follow');
  // export, json*, cat imply -q (parse_argv): no boot separators, no "-- No entries --"
  const quiet = opts.has('quiet') || ['export', 'json', 'json-pretty', 'json-sse', 'json-seq', 'cat'].includes(mode);
  const reverse = opts.has('reverse');
  if (opts.has('pager-end')) lines ??= 1000;
  if (follow) lines ??= 10;
  // -p: a level (that and more urgent) or a range FROM..TO
  const lv = (x: string) => (/^\d$/.test(x) ? Number(x) : LEVELS.indexOf(x));
  const prios = opts.all('priority').map((p) => (p.includes('..') ? ([lv(p.split('..')[0]), lv(p.split('..')[1])] as const) : ([0, lv(p)] as const)));
  const idents = opts.all('identifier');
  const since = opts.all('since').map((x) => timeOf(x, now)).pop();
  const until = opts.all('until').map((x) => timeOf(x, now)).pop();
  const pattern = opts.all('grep').pop();
  const cs = opts.get('case-sensitive');
  const re = pattern === undefined ? null : new RegExp(pattern, cs === true || cs === 'yes' || cs === 'true' || (cs === undefined && /[A-Z]/.test(pattern)) ? '' : 'i');
  const ops = [...(ctx.operands ?? [])];
  if (linesWord !== undefined && ops.includes(linesWord)) ops.splice(ops.indexOf(linesWord), 1);
  const match = matcher(ctx, ops);
  const noHost = opts.has('no-hostname');
  const catalog = opts.has('catalog');
  const select = (): Entry[] => {
    const every = journalEntries(ctx);
    const pool = units.length ? every.filter((e) => (e.unit !== undefined && units.includes(e.unit)) || (e.about !== undefined && units.includes(e.about))) : every;
    return pool.filter(
      (e) =>
        (!opts.has('dmesg') || e.transport === 'kernel') &&
        (boot === undefined || e.boot === boot) &&
        (!prios.length || prios.some(([a, b]) => e.prio >= Math.min(a, b) && e.prio <= Math.max(a, b))) &&
        (!idents.length || idents.includes(e.ident)) &&
        (since === undefined || e.t >= since) &&
        (until === undefined || e.t <= until) &&
        (!re || re.test(e.msg)) &&
        match(e),
    );
  };
  const show = (list: Entry[], prev: Entry | undefined): string => {
    let out = '';
    const every = journalEntries(ctx);
    for (const x of withFields(ctx, list, every)) {
      if (!quiet && !opts.has('merge') && prev && prev.boot !== x.e.boot) out += `-- Boot ${x.e.boot} --\n`;
      out += renderEntry(x, mode, { noHost, catalog, prev });
      prev = x.e;
    }
    return out;
  };
  const key = (e: Entry) => `${e.us}|${e.ident}|${e.msg}`;
  let shown = select();
  let first = reverse ? [...shown].reverse() : shown;
  if (lines !== null) first = reverse ? first.slice(0, lines) : first.slice(Math.max(0, first.length - lines));
  if (!first.length && !follow) {
    if (!quiet) ctx.out('-- No entries --\n');
    return 0;
  }
  ctx.out(show(first, undefined));
  if (!follow) return 0;
  let prev = first[first.length - 1];
  try {
    for (;;) {
      yield { wait: 1000 };
      const cur = select();
      // print what came after the last entry shown
      const seen = new Set(shown.map(key));
      const fresh = cur.filter((e) => !seen.has(key(e)));
      if (fresh.length) {
        ctx.out(show(fresh, prev));
        prev = fresh[fresh.length - 1];
      }
      shown = cur;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  return 0;
}

def({ name: 'journalctl', summary: 'Print log entries from the systemd journal', available: linuxOnly, spec, run: journalctl });
