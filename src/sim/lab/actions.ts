/**
 * Helpers on lab script data that the page needs at run time. Kept apart from schema.ts so that the lab
 * chunk does not carry the validator (validation happens at build time).
 */
import type { LabAction, LabStep } from './schema';

/** "30s", "2m", "1500ms" or a number of milliseconds. */
export function durationMs(value: number | string): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(value);
  if (!m) return 0;
  const n = Number(m[1]);
  return Math.round(m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000);
}

/** The solution of a step: its own, or the commands the replay types. */
export function solutionOf(step: Pick<LabStep, 'solution' | 'commands'>): LabAction[] {
  return step.solution ?? step.commands;
}
