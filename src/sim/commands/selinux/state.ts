// The SELinux booleans of a guest: the targeted policy's (booleans.ts) with what setsebool changed (host.sys.sebool).
import type { Host } from '../../types';
import { BOOLEANS } from './booleans';

const DEFAULTS = new Map(BOOLEANS);

/** The active value of a boolean, or undefined when the policy has no such boolean. */
export function boolValue(host: Host, name: string): boolean | undefined {
  if (!DEFAULTS.has(name)) return undefined;
  const s = host.sys?.sebool;
  return s?.active[name] ?? s?.persistent[name] ?? DEFAULTS.get(name);
}

export const boolNames = (): string[] => BOOLEANS.map(([n]) => n);

export function setBool(host: Host, name: string, on: boolean, persistent: boolean): void {
  const sys = host.sys!;
  sys.sebool ??= { active: {}, persistent: {} };
  sys.sebool.active[name] = on;
  if (persistent) sys.sebool.persistent[name] = on;
}
