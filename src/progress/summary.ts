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
