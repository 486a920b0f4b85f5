// journalctl of systemd 252: the journal of the model's units (the lines the world writes: starts and stops,
// the kubelet's failures before kubeadm, its swap and cgroup-driver errors, node registration), merged by time;
// -u UNIT (repeatable), -n N / --lines=N, -e, -f until Ctrl+C, --no-pager, -q (options and help in spec.ts). No "Journal begins" header
// (systemd 250 made it a debug message).
import type { CommandContext } from '../../../context';
import type { CommandRun, SystemdUnit } from '../../../types';
import { Interrupt } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { unitName } from '../../lib/units';
import { spec } from './spec';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
};
const key = (l: string) => String(MONTHS.indexOf(l.slice(0, 3))).padStart(2, '0') + l.slice(4, 15);

function entries(ctx: CommandContext, units: string[]): string[] {
  const sys = ctx.host.sys!;
  const list = units.length ? (units.map((u) => sys.units.get(u)).filter(Boolean) as SystemdUnit[]) : [...sys.units.values()];
  const short = ctx.host.hostname.split('.')[0];
  // a unit started at boot and never changed since has only systemd's two lines
  const boot = (u: SystemdUnit) => (u.active === 'active' ? [`${stamp(u.since)} ${short} systemd[1]: Starting ${u.description}...`, `${stamp(u.since)} ${short} systemd[1]: Started ${u.description}.`] : []);
  return list
    .flatMap((u) => u.log ?? boot(u))
    .map((l, i) => ({ l, i }))
    .sort((a, b) => key(a.l).localeCompare(key(b.l)) || a.i - b.i)
    .map((x) => x.l);
}

/** The value of a bare `-n` / `--lines`: journalctl takes the next word when it is a number (parse_lines). */
function bareLines(ctx: CommandContext): string | undefined {
  const i = ctx.args.findIndex((a) => /^--lin(e|es)?$/.test(a) || /^-[a-zA-Z]*n$/.test(a));
  const next = ctx.args[i + 1];
  return i >= 0 && next !== undefined && /^(\+?\d+|all)$/.test(next) ? next : undefined;
}

/** The word after a bare `-b` / `--boot` that journalctl takes as the boot (an offset or a boot ID). */
function bareBoot(ctx: CommandContext): string | undefined {
  const i = ctx.args.findIndex((a) => /^--bo(o(t)?)?$/.test(a) || /^-[a-zA-Z]*b$/.test(a));
  const next = ctx.args[i + 1];
  return i >= 0 && next !== undefined && /^([+-]?\d+|[0-9a-f]{32}([+-]?\d+)?)$/.test(next) ? next : undefined;
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

function* journalctl(ctx: CommandContext): CommandRun {
  const opts = ctx.opts!;
  if (opts.get('output') === 'help') {
    ctx.out(OUTPUTS.join('\n') + '\n');
    return 0;
  }
  const bad = badArgs(ctx, [opts.get('lines') === true ? bareLines(ctx) : undefined, opts.get('boot') === true ? bareBoot(ctx) : undefined]);
  if (bad) {
    ctx.err(bad);
    return 1;
  }
  const units = opts.all('unit').map(unitName);
  let lines: number | null = null;
  const n = opts.get('lines');
  if (n !== undefined) {
    const word = n === true ? bareLines(ctx) : n;
    lines = word === undefined ? 10 : word === 'all' ? null : Number(word.replace(/^\+/, ''));
  }
  const follow = opts.has('follow');
  const quiet = opts.has('quiet');
  if (opts.has('pager-end')) lines ??= 1000;
  if (follow) lines ??= 10;
  let shown = entries(ctx, units);
  const first = lines === null ? shown : shown.slice(Math.max(0, shown.length - lines));
  if (!first.length && !follow) {
    if (!quiet) ctx.out('-- No entries --\n');
    return 0;
  }
  ctx.out(first.map((l) => l + '\n').join(''));
  if (!follow) return 0;
  try {
    for (;;) {
      yield { wait: 1000 };
      const now = entries(ctx, units);
      // the journal keeps the newest lines of each unit: print what came after the last one shown
      const last = shown[shown.length - 1];
      const at = last === undefined ? -1 : now.lastIndexOf(last);
      const fresh = at >= 0 ? now.slice(at + 1) : now.filter((l) => !shown.includes(l));
      if (fresh.length) ctx.out(fresh.map((l) => l + '\n').join(''));
      shown = now;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  return 0;
}

def({ name: 'journalctl', summary: 'Print log entries from the systemd journal', available: linuxOnly, spec, run: journalctl });
