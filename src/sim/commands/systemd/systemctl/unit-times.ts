// The activation times PID 1 reports for each loaded unit now (acquire_time_data() of analyze-time-data.c reads
// InactiveExitTimestampMonotonic and ActiveEnterTimestampMonotonic): the boot's, or those of a later start.
import type { Host } from '../../../types';
import { BOX_UNITS } from './box-units';
import { bootTimeline, LOGIN_UNITS, type UnitTime } from './boot-times';
import { unitState } from './state';

/** A loaded unit's start (ms after the kernel's start) and how long it took (`time` of UnitTimes). */
export interface Times extends UnitTime {
  name: string;
  time: number;
}

/** When the unit last changed state after the boot (a start, stop or restart), if it did. */
function changedAt(host: Host, name: string): number | undefined {
  const u = host.sys?.units.get(name);
  if (u) return u.log && u.since > host.bootedAt ? u.since : undefined;
  const st = unitState(host, name);
  return st?.since !== undefined && st.since > host.bootedAt ? st.since : undefined;
}

/** Every loaded unit that has started since the boot, with its times (units never started are left out). */
export function unitTimes(host: Host, seed: number | string): Times[] {
  const { times } = bootTimeline(host, seed);
  const names = [...new Set([...(host.sys?.units.keys() ?? []), ...BOX_UNITS.map((b) => b[0])])].filter((n) => !LOGIN_UNITS.includes(n));
  const out: Times[] = [];
  for (const name of names.sort()) {
    const boot = times.get(name);
    const at = changedAt(host, name);
    const st = unitState(host, name);
    const up = st?.active === 'active' || st?.active === 'activating';
    let t: UnitTime | undefined = boot;
    // a start after the boot: the job began at the change and took as long as it does at boot
    if (at !== undefined && up) {
      const end = at - host.bootedAt;
      const took = boot ? boot.activated - boot.activating : 0;
      t = { activating: Math.max(end - took, 1), activated: end };
    }
    if (!t || t.activating <= 0) continue;
    out.push({ name, ...t, time: Math.max(t.activated - t.activating, 0) });
  }
  return out;
}

/** The unit's time as PID 1 gives it, or undefined when it never started. */
export function timesOf(host: Host, seed: number | string, name: string): Times | undefined {
  return unitTimes(host, seed).find((t) => t.name === name);
}

/** When a unit of the model became active: the boot's time for a unit untouched since the boot, else its own. */
export function activeSince(host: Host, seed: number | string, name: string, since: number): number {
  if (since > host.bootedAt) return since;
  const t = bootTimeline(host, seed).times.get(name);
  return t ? host.bootedAt + t.activated : since;
}
