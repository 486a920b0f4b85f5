// systemd-analyze time, blame and critical-chain of systemd 252 (analyze-time.c, analyze-time-data.c,
// analyze-blame.c, analyze-critical-chain.c of v252-46) over the boot's unit times (systemctl/boot-times.ts).
import type { CommandContext } from '../../../context';
import { afterOn, bootTimeline, PHASES } from '../systemctl/boot-times';
import { unitTimes, type Times } from '../systemctl/unit-times';
import { formatTimespan } from './timeutil';

/** format_timespan(t, USEC_PER_MSEC) of a span in ms. */
export const msSpan = (ms: number) => formatTimespan(BigInt(Math.round(ms)) * 1000n, 1000n);

/** pretty_boot_time(): the boot phases, then when the default target was reached. */
export function timeText(ctx: CommandContext): string {
  const { finish } = bootTimeline(ctx.host, ctx.world.seed);
  const { initrd, userspace } = PHASES;
  return `Startup finished in ${msSpan(initrd)} (kernel) + ${msSpan(userspace - initrd)} (initrd) + ${msSpan(finish - userspace)} (userspace) = ${msSpan(finish)} \n`
    + `multi-user.target reached after ${msSpan(finish - userspace)} in userspace.\n`;
}

/** verb_blame(): the units that took time to start, longest first, time right-aligned (format-table, no header). */
export function blameText(ctx: CommandContext): string {
  const rows = unitTimes(ctx.host, ctx.world.seed).filter((t) => t.time > 0);
  // table_set_sort() on the time, reversed; equal times keep the order ListUnits gave
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.time - a.r.time || a.i - b.i).map((x) => [msSpan(x.r.time), x.r.name]);
  const w = Math.max(0, ...sorted.map((r) => r[0].length));
  return sorted.map(([t, n]) => `${t.padStart(w)} ${n}\n`).join('');
}

/** verb_critical_chain(): the chain of After= dependencies that the default target (or each unit named) waited for. */
export function criticalChain(ctx: CommandContext, names: string[]): string {
  const env = ctx.frame.env;
  const color = ctx.tty && env.TERM !== 'dumb' && env.NO_COLOR === undefined && env.SYSTEMD_COLORS !== '0';
  const [red, normal] = color ? ['\x1b[0;1;31m', '\x1b[0m'] : ['', ''];
  const fuzz = fuzzMs(ctx);
  const { finish } = bootTimeline(ctx.host, ctx.world.seed);
  const map = new Map<string, Times>(unitTimes(ctx.host, ctx.world.seed).map((t) => [t.name, t]));
  const userspace = PHASES.userspace;
  const inRange = (t: Times | undefined): t is Times => !!t && t.activated > 0 && t.activated <= finish;
  let out = 'The time when unit became active or started is printed after the "@" character.\nThe time the unit took to start is printed after the "+" character.\n\n';
  const line = (name: string, level: number, branches: number, last: boolean, t: Times | undefined) => {
    for (let i = level; i !== 0; i--) out += branches & (1 << (i - 1)) ? '│ ' : '  ';
    out += last ? '└─' : '├─';
    if (t && t.time > 0) out += `${red}${name} @${msSpan(t.activating - userspace)} +${msSpan(t.time)}${normal}`;
    else if (t && t.activated > userspace) out += `${name} @${msSpan(t.activated - userspace)}`;
    else out += name;
    out += '\n';
  };
  const one = (name: string, level: number, seen: string[], branches: number) => {
    seen.push(name);
    // the After= list sorted by activation, latest first
    const deps = afterOn(ctx.host, name).sort((a, b) => (map.get(b)?.activated ?? 0) - (map.get(a)?.activated ?? 0));
    let longest = 0;
    for (const d of deps) {
      const t = map.get(d);
      if (inRange(t) && t.activated >= longest) longest = t.activated;
    }
    if (longest === 0) return;
    let toPrint = deps.filter((d) => {
      const t = map.get(d);
      return inRange(t) && longest - t.activated <= fuzz;
    }).length;
    for (const d of deps) {
      const t = map.get(d);
      if (!inRange(t) || longest - t.activated > fuzz) continue;
      toPrint--;
      line(d, level, branches, toPrint === 0, t);
      if (seen.includes(d)) {
        line('...', level + 1, (branches << 1) | (toPrint ? 1 : 0), true, undefined);
        continue;
      }
      one(d, level + 1, seen, (branches << 1) | (toPrint ? 1 : 0));
      if (toPrint === 0) break;
    }
  };
  for (const n of names.length ? names : ['multi-user.target']) {
    const t = map.get(n);
    if (t) out += t.time ? `${red}${n} +${msSpan(t.time)}${normal}\n` : t.activated > userspace ? `${n} @${msSpan(t.activated - userspace)}\n` : `${n}\n`;
    one(n, 0, [], 0);
  }
  return out;
}

/** --fuzz=: a time span (seconds without a unit); 0 by default. */
function fuzzMs(ctx: CommandContext): number {
  const v = ctx.opts?.get('fuzz');
  if (typeof v !== 'string') return 0;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m)?$/.exec(v.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'min' || m[2] === 'm' ? n * 60_000 : n * 1000;
}
