/**
 * Which step a learner is on. Steps complete in order: the current step completes when its check holds,
 * however the learner got there; `ran` checks only see lines submitted while the step was current.
 */
import { evaluateCheck, type CheckResult, type LabWorldView } from './checks';
import type { Check } from './schema';

export interface TrackedStep {
  id: string;
  check: Check;
}

export class StepTracker {
  private readonly done = new Set<string>();
  private lines: string[] = [];

  constructor(
    readonly steps: readonly TrackedStep[],
    initiallyDone: Iterable<string> = [],
  ) {
    // Only a leading run of steps counts as done: the world is rebuilt to that point.
    const given = new Set(initiallyDone);
    for (const s of steps) {
      if (!given.has(s.id)) break;
      this.done.add(s.id);
    }
  }

  /** Index of the current step, or steps.length when all are done. */
  get index(): number {
    const i = this.steps.findIndex((s) => !this.done.has(s.id));
    return i === -1 ? this.steps.length : i;
  }

  get current(): TrackedStep | null {
    return this.steps[this.index] ?? null;
  }

  get finished(): boolean {
    return this.index >= this.steps.length;
  }

  isDone(id: string): boolean {
    return this.done.has(id);
  }

  doneIds(): string[] {
    return this.steps.filter((s) => this.done.has(s.id)).map((s) => s.id);
  }

  /** Lines submitted while the current step has been current. */
  linesSinceStepStart(): readonly string[] {
    return this.lines;
  }

  /** A line was submitted at a prompt. */
  recordLine(line: string): void {
    if (line.trim()) this.lines.push(line);
  }

  /** Checks the current step; returns the ids of steps that completed (at most one per call). */
  evaluate(view: LabWorldView): string[] {
    const step = this.current;
    if (!step) return [];
    const r = this.check(view);
    if (!r.ok) return [];
    this.done.add(step.id);
    this.lines = [];
    return [step.id];
  }

  check(view: LabWorldView): CheckResult {
    const step = this.current;
    if (!step) return { ok: true };
    return evaluateCheck(step.check, view, { lines: this.lines });
  }

  /** Marks the current step done without a check (used when the world is rebuilt from saved progress). */
  skip(): void {
    const step = this.current;
    if (step) this.done.add(step.id);
    this.lines = [];
  }

  reset(): void {
    this.done.clear();
    this.lines = [];
  }
}
