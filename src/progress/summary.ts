/** How far a learner is, computed from the document and the course's facts. Shared by page and tests. */
import type { ProgressDoc } from './doc';

export interface LessonUnits {
  id: string;
  lab?: string;
  labSteps: readonly string[];
  quiz?: string;
  quizQuestions: number;
}

export interface LessonSummary {
  state: 'none' | 'visited' | 'read';
  labDone: number;
  labTotal: number;
  /** best quiz score as a fraction, or null when not taken (or no quiz) */
  quizBest: number | null;
  /** 0..1 */
  fraction: number;
}

export function lessonSummary(doc: ProgressDoc, l: LessonUnits): LessonSummary {
  const rec = doc.lessons[l.id];
  const state = rec?.completedAt ? 'read' : rec ? 'visited' : 'none';
  const done = new Set(Object.keys(doc.labs[l.lab ?? '']?.steps ?? {}));
  const labDone = l.labSteps.filter((s) => done.has(s)).length;
  const q = l.quiz ? doc.quizzes[l.quiz] : undefined;
  const quizBest = q ? (q.best.total ? q.best.score / q.best.total : 0) : null;
  let units = 1;
  let got = state === 'read' ? 1 : 0;
  if (l.lab && l.labSteps.length) {
    units++;
    got += labDone / l.labSteps.length;
  }
  if (l.quiz) {
    units++;
    got += quizBest ?? 0;
  }
  return { state, labDone, labTotal: l.labSteps.length, quizBest, fraction: got / units };
}

/** Overall completion in percent (each lesson weighs the same). */
export function overallPercent(doc: ProgressDoc, lessons: readonly LessonUnits[]): number {
  if (lessons.length === 0) return 0;
  const sum = lessons.reduce((acc, l) => acc + lessonSummary(doc, l).fraction, 0);
  return Math.round((sum / lessons.length) * 100);
}

/** A quiz counts as passed at this share of right answers (its best attempt). */
export const PASS_RATIO = 0.8;

export interface Completion {
  lessonsLeft: number;
  stepsLeft: number;
  quizzesLeft: number;
  complete: boolean;
  /** When the last requirement was met (ISO), once complete. */
  completedAt: string | null;
}

/** Is the whole course done: every lesson read, every lab step completed, every quiz passed? */
export function completion(doc: ProgressDoc, lessons: readonly LessonUnits[]): Completion {
  let lessonsLeft = 0;
  let quizzesLeft = 0;
  const stepsByLab = new Map<string, Set<string>>();
  const times: string[] = [];
  for (const l of lessons) {
    const read = doc.lessons[l.id]?.completedAt;
    if (read) times.push(read);
    else lessonsLeft++;
    if (l.lab) {
      const set = stepsByLab.get(l.lab) ?? new Set<string>();
      for (const s of l.labSteps) set.add(s);
      stepsByLab.set(l.lab, set);
    }
    if (l.quiz) {
      const q = doc.quizzes[l.quiz];
      if (q && q.best.total > 0 && q.best.score / q.best.total >= PASS_RATIO) times.push(q.best.at);
      else quizzesLeft++;
    }
  }
  let stepsLeft = 0;
  for (const [lab, steps] of stepsByLab) {
    const done = doc.labs[lab]?.steps ?? {};
    for (const s of steps) {
      if (done[s]) times.push(done[s]);
      else stepsLeft++;
    }
  }
  const complete = lessons.length > 0 && lessonsLeft === 0 && stepsLeft === 0 && quizzesLeft === 0;
  const last = times.reduce<string | null>((a, t) => (a === null || Date.parse(t) > Date.parse(a) ? t : a), null);
  return { lessonsLeft, stepsLeft, quizzesLeft, complete, completedAt: complete ? last : null };
}
