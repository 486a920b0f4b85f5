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

/** The value of a bare `-n` / `--lines`: journalctl takes the next word when it is a number (parse_lines); the
 * matches journalctl reads from its operands are not modelled, so that word needs no removing from them. */
function bareLines(ctx: CommandContext): string | undefined {
  const i = ctx.args.findIndex((a) => /^--lin(e|es)?$/.test(a) || /^-[a-zA-Z]*n$/.test(a));
  const next = ctx.args[i + 1];
  return i >= 0 && next !== undefined && /^\+?\d+$/.test(next) ? next : undefined;
}

function* journalctl(ctx: CommandContext): CommandRun {
  const opts = ctx.opts!;
  const units = opts.all('unit').map(unitName);
  let lines: number | null = null;
  const n = opts.get('lines');
  if (n !== undefined) {
    const word = n === true ? bareLines(ctx) : n;
    lines = word === undefined ? 10 : Number(word.replace(/^\+/, ''));
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
