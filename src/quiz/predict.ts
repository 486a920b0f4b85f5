/**
 * Predict-the-output questions at build time: the simulator runs the question's setup and command, and
 * the real output is checked against what the author wrote. Every build runs this twice: the content
 * validation (scripts/validate-content.ts) before Astro starts, and the quiz component when it renders.
 * Uses only the simulator's public API (createSession, session.exec).
 */
import { createSession } from '../sim/index';
import '../sim/k8s/register';
import type { PredictQuestion, Quiz } from '../schemas/quiz';
import type { ContentProblem } from '../lib/content-rules';
import { describeRule, outputLines, ruleHolds, ruleLines, type RunResult } from './rules';

export interface PredictResult extends PredictRun {
  /** Indexes of the output lines the claims and rules point at. */
  highlight: number[];
}

export interface PredictRun extends RunResult {
  /** The prompt shown before each setup command and before the command. */
  prompts: string[];
}

/**
 * Output as the page shows it: no colours (ls and grep colour their output on the terminal, as the box's aliases
 * ask), no carriage-return leftovers, no trailing blank lines or spaces.
 */
export function cleanOutput(text: string): string {
  return text
    .replace(/\x1b\[[0-9;]*[mK]/g, '')
    .split('\n')
    .map((l) => {
      const cr = l.lastIndexOf('\r');
      return (cr >= 0 ? l.slice(cr + 1) : l).replace(/\s+$/, '');
    })
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

const runs = new Map<string, Promise<PredictRun | { error: string }>>();

/** Run setup + command in a fresh session (the same question always gives the same output). */
export function runPredict(q: Pick<PredictQuestion, 'start' | 'setup' | 'command'>): Promise<PredictRun | { error: string }> {
  const key = JSON.stringify([q.start, q.setup, q.command]);
  let p = runs.get(key);
  if (!p) {
    p = (async (): Promise<PredictRun | { error: string }> => {
      let session;
      try {
        session = await createSession({ lab: q.start.lab, files: q.start.files, interactiveEditor: false });
      } catch (e) {
        return { error: `start.lab: ${(e as Error).message}` };
      }
      const prompts: string[] = [];
      for (const line of q.setup) {
        prompts.push(session.prompt());
        const r = await session.exec(line);
        if (r.exitCode !== 0)
          return { error: `setup: \`${line}\` failed (exit ${r.exitCode}): ${cleanOutput(r.output).split('\n').slice(-2).join(' ')}` };
      }
      prompts.push(session.prompt());
      const r = await session.exec(q.command);
      return { output: cleanOutput(r.output), exitCode: r.exitCode ?? 0, prompts };
    })();
    runs.set(key, p);
  }
  return p!;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Check one predict question against the simulator. Problems name the file, the question and the field. */
export async function checkPredict(
  file: string,
  index: number,
  q: PredictQuestion,
): Promise<{ result?: PredictResult; problems: ContentProblem[] }> {
  const at = (field: string, message: string): ContentProblem => ({
    file,
    field: `questions.${index}${field ? '.' + field : ''}`,
    message: `question "${q.id}": ${message}`,
  });
  const run = await runPredict(q);
  if ('error' in run) return { problems: [at('', run.error)] };
  const problems: ContentProblem[] = [];
  const shown = outputLines(run.output).slice(0, 6).join(' ⏎ ');
  const lines = new Set<number>();
  (q.claims ?? []).forEach((c, i) => {
    const holds = ruleHolds(c.rule, run);
    if (holds !== c.correct)
      problems.push(
        at(
          `claims.${i}.correct`,
          `claim "${c.id}" is marked correct: ${c.correct}, but the simulator's output ${holds ? 'has' : 'has no'} ${describeRule(c.rule)} (\`${q.command}\` printed: ${shown})`,
        ),
      );
    if (c.correct) for (const n of ruleLines(c.rule, run.output)) lines.add(n);
  });
  (q.expect ?? []).forEach((rule, i) => {
    if (!ruleHolds(rule, run))
      problems.push(at(`expect.${i}`, `the simulator's output has no ${describeRule(rule)} (\`${q.command}\` printed: ${shown})`));
    for (const n of ruleLines(rule, run.output)) lines.add(n);
  });
  (q.variants ?? []).forEach((v, i) => {
    if (squash(v.output) === squash(run.output))
      problems.push(at(`variants.${i}.output`, `variant "${v.id}" is the real output: a wrong variant must differ from it`));
  });
  for (const src of q.highlight) {
    const found = ruleLines({ match: src }, run.output);
    if (found.length === 0) problems.push(at('highlight', `no output line matches /${src}/`));
    for (const n of found) lines.add(n);
  }
  if (run.output === '') problems.push(at('command', `\`${q.command}\` printed nothing: nothing to predict`));
  return { result: { ...run, highlight: [...lines].sort((a, b) => a - b) }, problems };
}

/** Every predict question of a quiz: the results by question id, and every problem. */
export async function checkQuizPredictions(
  file: string,
  quiz: Quiz,
): Promise<{ results: Record<string, PredictResult>; problems: ContentProblem[] }> {
  const results: Record<string, PredictResult> = {};
  const problems: ContentProblem[] = [];
  for (const [i, q] of quiz.questions.entries()) {
    if (q.kind !== 'predict') continue;
    const r = await checkPredict(file, i, q);
    if (r.result) results[q.id] = r.result;
    problems.push(...r.problems);
  }
  return { results, problems };
}
