// journalctl of systemd 252: the journal of the model's units (the lines the world writes: starts and stops,
// the kubelet's failures before kubeadm, its swap and cgroup-driver errors, node registration), merged by time;
// -u UNIT (repeatable), -n N / --lines=N, -e, -f until Ctrl+C, --no-pager, -q. No "Journal begins" header
// (systemd 250 made it a debug message).
import type { CommandContext } from '../../../context';
import type { CommandRun, SystemdUnit } from '../../../types';
import { Interrupt } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { unitName } from '../../lib/units';

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

function* journalctl(ctx: CommandContext): CommandRun {
  const units: string[] = [];
  let lines: number | null = null;
  let follow = false;
  let quiet = false;
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-u' || a === '--unit') units.push(unitName(args[++i] ?? ''));
    else if (a.startsWith('--unit=')) units.push(unitName(a.slice(7)));
    else if (/^-u./.test(a)) units.push(unitName(a.slice(2)));
    else if (a === '-n' || a === '--lines') lines = Number(args[++i] ?? 10);
    else if (a.startsWith('--lines=')) lines = Number(a.slice(8));
    else if (/^-n\d+$/.test(a)) lines = Number(a.slice(2));
    else if (a === '-f' || a === '--follow') follow = true;
    else if (a === '-e' || a === '--pager-end') lines ??= 1000;
    else if (a === '-q' || a === '--quiet') quiet = true;
    else if (/^-[a-z]+$/.test(a)) {
      if (a.includes('f')) follow = true;
      if (a.includes('e')) lines ??= 1000;
      if (a.includes('u')) units.push(unitName(args[++i] ?? ''));
    }
  }
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

def({ name: 'journalctl', summary: 'Print log entries from the systemd journal', available: linuxOnly, run: journalctl });
