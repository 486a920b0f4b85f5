/**
 * Rules on a command's output, for predict-the-output questions: whether a claim holds, and which lines
 * of the output it points at (the lines the page highlights once the learner has answered).
 */
import type { OutputRule } from '../schemas/quiz';

export interface RunResult {
  output: string;
  exitCode: number;
}

export const outputLines = (output: string): string[] => output.split('\n');

const trimEnd = (s: string) => s.replace(/\s+$/, '');

/** Does the rule hold for this run? */
export function ruleHolds(rule: OutputRule, run: RunResult): boolean {
  const lines = outputLines(run.output);
  if ('exit' in rule) return run.exitCode === rule.exit;
  if ('line' in rule) return lines.some((l) => trimEnd(l) === trimEnd(rule.line));
  if ('match' in rule) {
    const re = new RegExp(rule.match);
    return lines.some((l) => re.test(l));
  }
  const re = new RegExp(rule.lines.match);
  return lines.filter((l) => re.test(l)).length === rule.lines.count;
}

/** Indexes of the lines a rule points at (none for an exit-code rule). */
export function ruleLines(rule: OutputRule, output: string): number[] {
  const lines = outputLines(output);
  if ('exit' in rule) return [];
  const test =
    'line' in rule
      ? (l: string) => trimEnd(l) === trimEnd(rule.line)
      : (l: string) => new RegExp('match' in rule ? rule.match : rule.lines.match).test(l);
  return lines.flatMap((l, i) => (test(l) ? [i] : []));
}

export function describeRule(rule: OutputRule): string {
  if ('exit' in rule) return `exit code ${rule.exit}`;
  if ('line' in rule) return `a line "${rule.line}"`;
  if ('match' in rule) return `a line matching /${rule.match}/`;
  return `exactly ${rule.lines.count} lines matching /${rule.lines.match}/`;
}
