// The active state of the box's units the model does not track one by one (targets, sockets, timers, mounts and
// the services of box-units.ts): as the box lists them, unless isolate, rescue or emergency stopped or started them.
import type { CommandContext } from '../../../context';
import type { Host } from '../../../types';
import { BOX_UNITS } from './box-units';

const OVERLAY = new WeakMap<Host, Map<string, { active: string; sub: string; since?: number }>>();

/** The unit's ACTIVE and SUB states, from the model, the overlay or the box's list; undefined for a unit not loaded. */
export function unitState(host: Host, name: string): { active: string; sub: string; since?: number } | undefined {
  const u = host.sys?.units.get(name);
  if (u) return { active: u.active, sub: u.sub };
  const o = OVERLAY.get(host)?.get(name);
  if (o) return o;
  const b = BOX_UNITS.find((x) => x[0] === name);
  return b ? { active: b[1], sub: b[2] } : undefined;
}

/** Sets a box unit's state (started: its listed SUB state, or `active` for one listed inactive). */
export function setBoxState(ctx: CommandContext, name: string, active: boolean): void {
  const b = BOX_UNITS.find((x) => x[0] === name);
  if (!b) return;
  let m = OVERLAY.get(ctx.host);
  if (!m) OVERLAY.set(ctx.host, (m = new Map()));
  const sub = active ? (b[1] === 'active' ? b[2] : name.endsWith('.service') ? 'running' : 'active') : 'dead';
  m.set(name, { active: active ? 'active' : 'inactive', sub, since: ctx.world.now });
}

/** A boot starts the box's units afresh. */
export function resetBoxState(host: Host): void {
  OVERLAY.delete(host);
}

/** Whether the box is in rescue or emergency mode (the manager's "maintenance" state). */
export function maintenance(ctx: CommandContext): boolean {
  return ['rescue.target', 'emergency.target'].some((t) => unitState(ctx.host, t)?.active === 'active');
}

const FILES = new WeakMap<Host, Map<string, string>>();

/** The unit file state of a box unit (enabled, disabled, static, ...), as enable and disable left it. */
export function fileState(host: Host, name: string): string | undefined {
  return FILES.get(host)?.get(name) ?? BOX_UNITS.find((x) => x[0] === name)?.[4];
}

export function setFileState(host: Host, name: string, state: string): void {
  let m = FILES.get(host);
  if (!m) FILES.set(host, (m = new Map()));
  m.set(name, state);
}
