// Transient units made by systemd-run: when a unit's command has ended (its `until`), the manager stops it and,
// as it is transient and inactive, unloads it (unit_may_gc), so systemctl no longer finds it.
import type { Host } from '../../types';

export function settleTransient(host: Host, now: number): void {
  const units = host.sys?.units;
  if (!units) return;
  for (const [name, u] of units) if (u.transient && u.until !== undefined && u.until <= now) units.delete(name);
}
