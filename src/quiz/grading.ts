/**
 * Grading, the same in Node and in the page. A quiz's answer key is a small record per question; the
 * page reads it from the quiz's markup, tests build it from the YAML with keyOf().
 *
 * Command answers are judged by the simulator's parsers (command.ts), which weigh more than the rest:
 * grade.ts plugs them in; a page that may not need them (the review page) loads them only when asked.
 */
import type { Question, Quiz } from '../schemas/quiz';

export type Shell = 'bash' | 'cmd';
export type CommandJudge = (typed: string, expected: readonly string[], shell: Shell) => { correct: boolean; error?: string };

let judge: CommandJudge | null = null;

/** Plug in the command judge (command.ts's sameCommand). */
export function useCommandJudge(j: CommandJudge): void {
  judge = j;
}

export type Answer = string | string[] | boolean;

export type Key =
  | { kind: 'single'; correct: string }
  | { kind: 'multiple'; correct: string[] }
  | { kind: 'truefalse'; answer: boolean }
  | { kind: 'order'; steps: string[] }
  | { kind: 'command'; expected: string[]; shell: Shell };

export interface Verdict {
  correct: boolean;
  answered: boolean;
  /** For command answers: what the simulator's parser said about the typed command. */
  error?: string;
}

export interface QuizResult {
  score: number;
  total: number;
  verdicts: Record<string, Verdict>;
}

export function keyOf(q: Question): Key {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', correct: q.choices.find((c) => c.correct)!.id };
    case 'multiple':
      return { kind: 'multiple', correct: q.choices.filter((c) => c.correct).map((c) => c.id) };
    case 'truefalse':
      return { kind: 'truefalse', answer: q.answer };
    case 'order':
      return { kind: 'order', steps: q.steps.map((s) => s.id) };
    case 'command':
      return { kind: 'command', expected: q.expected, shell: q.shell };
    // Predict questions are graded like the choices they show: claims as "every true claim",
    // output variants as "the real one" (the build has checked both against the simulator).
    case 'predict':
      return q.claims
        ? { kind: 'multiple', correct: q.claims.filter((c) => c.correct).map((c) => c.id) }
        : { kind: 'single', correct: 'real' };
  }
}

/**
 * A short hash of what an answer to this question depends on: its kind, its answer key, the options it
 * offers and, for predict questions, the output. A stored answer with another hash no longer fits.
 */
export function questionHash(q: Question, output = ''): string {
  const options =
    q.kind === 'single' || q.kind === 'multiple'
      ? q.choices.map((c) => c.id)
      : q.kind === 'order'
        ? q.steps.map((s) => s.id)
        : q.kind === 'predict'
          ? [...(q.claims ?? []).map((c) => c.id), ...(q.variants ?? []).map((v) => `${v.id}:${v.output}`), output]
          : [];
  const text = JSON.stringify([q.kind, keyOf(q), options]);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Does a stored answer still make sense for this key (its ids still exist)? */
export function answerFits(key: Key, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  switch (key.kind) {
    case 'single':
      return typeof answer === 'string';
    case 'multiple':
      return Array.isArray(answer);
    case 'truefalse':
      return typeof answer === 'boolean';
    case 'order':
      return Array.isArray(answer) && answer.length === key.steps.length && answer.every((s) => key.steps.includes(s));
    case 'command':
      return typeof answer === 'string';
  }
}

export function keysOf(quiz: Quiz): Record<string, Key> {
  return Object.fromEntries(quiz.questions.map((q) => [q.id, keyOf(q)]));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export function gradeQuestion(key: Key, answer: Answer | undefined): Verdict {
  const none = { correct: false, answered: false };
  switch (key.kind) {
    case 'single':
      if (typeof answer !== 'string' || answer === '') return none;
      return { correct: answer === key.correct, answered: true };
    case 'multiple':
      if (!Array.isArray(answer) || answer.length === 0) return none;
      return { correct: sameSet(answer, key.correct), answered: true };
    case 'truefalse':
      if (typeof answer !== 'boolean') return none;
      return { correct: answer === key.answer, answered: true };
    case 'order':
      // An order is always "answered": the steps are on the page in some order.
      if (!Array.isArray(answer)) return none;
      return {
        correct: answer.length === key.steps.length && answer.every((s, i) => s === key.steps[i]),
        answered: true,
      };
    case 'command': {
      if (typeof answer !== 'string' || answer.trim() === '') return none;
      if (!judge) throw new Error('command answers need the command judge: import grade.ts, or call useCommandJudge');
      const v = judge(answer, key.expected, key.shell);
      return { correct: v.correct, answered: true, ...(v.error ? { error: v.error } : {}) };
    }
  }
}

export function gradeQuiz(keys: Record<string, Key>, answers: Record<string, Answer | undefined>): QuizResult {
  const verdicts: Record<string, Verdict> = {};
  let score = 0;
  for (const [id, key] of Object.entries(keys)) {
    const v = gradeQuestion(key, answers[id]);
    verdicts[id] = v;
    if (v.correct) score++;
  }
  return { score, total: Object.keys(keys).length, verdicts };
}

/** Fisher–Yates with an injected random source (Math.random in the page, a seeded one in tests). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A shuffle that never returns the original order (for order questions), when there is another order. */
export function shuffleAway<T>(items: readonly T[], random: () => number = Math.random): T[] {
  if (items.length < 2) return [...items];
  for (let tries = 0; tries < 20; tries++) {
    const s = shuffle(items, random);
    if (s.some((x, i) => x !== items[i])) return s;
  }
  return [...items.slice(1), items[0]];
}

/** A small deterministic random source from a string (for the order the server renders). */
export function seeded(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}
