import { describe, expect, it } from 'vitest';
import { emptyDoc, type ProgressDoc } from '../../../src/progress/doc';
import { completion, lessonSummary, overallPercent, type LessonUnits } from '../../../src/progress/summary';

const at = '2026-01-01T00:00:00.000Z';
const plain: LessonUnits = { id: 'c/plain', labSteps: [], quizQuestions: 0 };
const quizzed: LessonUnits = { id: 'c/quiz', quiz: 'c/quiz', labSteps: [], quizQuestions: 4 };
const lab: LessonUnits = { id: 'c/lab', lab: 'lab-1', labSteps: ['a', 'b', 'c', 'd'], quiz: 'c/lab', quizQuestions: 2 };

describe('progress summary', () => {
  it('nothing done is 0%', () => {
    const doc = emptyDoc(at);
    expect(lessonSummary(doc, lab)).toEqual({ state: 'none', labDone: 0, labTotal: 4, quizBest: null, fraction: 0 });
    expect(overallPercent(doc, [plain, quizzed, lab])).toBe(0);
    expect(overallPercent(doc, [])).toBe(0);
  });

  it('counts reading, lab steps and the best quiz score, each lesson weighing the same', () => {
    const doc = emptyDoc(at);
    doc.lessons['c/plain'] = { firstVisitedAt: at, lastVisitedAt: at, completedAt: at };
    doc.lessons['c/quiz'] = { firstVisitedAt: at, lastVisitedAt: at };
    doc.quizzes['c/quiz'] = { attempts: 2, best: { score: 3, total: 4, at }, last: { score: 1, total: 4, at, answers: {} } };
    doc.labs['lab-1'] = { steps: { a: at, b: at, gone: at } };
    expect(lessonSummary(doc, plain).fraction).toBe(1);
    expect(lessonSummary(doc, quizzed)).toMatchObject({ state: 'visited', quizBest: 0.75, fraction: 0.375 });
    // a step the lab no longer has does not count
    expect(lessonSummary(doc, lab)).toMatchObject({ labDone: 2, fraction: 0.5 / 3 });
    expect(overallPercent(doc, [plain, quizzed, lab])).toBe(Math.round(((1 + 0.375 + 0.5 / 3) / 3) * 100));
  });
});

describe('course completion (the certificate)', () => {
  const at = (d: number) => new Date(Date.UTC(2026, 0, d)).toISOString();
  const lessons = [
    { id: 'a/one', labSteps: [], quizQuestions: 0 },
    { id: 'b/two', lab: 'lab-x', labSteps: ['s1', 's2'], quiz: 'b/two', quizQuestions: 5 },
    { id: 'b/three', lab: 'lab-x', labSteps: ['s1', 's2'], quiz: 'b/three', quizQuestions: 5 },
  ];
  const done = (): ProgressDoc => ({
    ...emptyDoc(at(1)),
    lessons: {
      'a/one': { firstVisitedAt: at(1), lastVisitedAt: at(1), completedAt: at(2) },
      'b/two': { firstVisitedAt: at(1), lastVisitedAt: at(1), completedAt: at(3) },
      'b/three': { firstVisitedAt: at(1), lastVisitedAt: at(1), completedAt: at(4) },
    },
    labs: { 'lab-x': { steps: { s1: at(5), s2: at(6) } } },
    quizzes: {
      'b/two': { attempts: 1, best: { score: 4, total: 5, at: at(7) }, last: { score: 4, total: 5, at: at(7), answers: {} } },
      'b/three': { attempts: 2, best: { score: 5, total: 5, at: at(8) }, last: { score: 3, total: 5, at: at(9), answers: {} } },
    },
  });

  it('is complete when every lesson is read, every step done and every quiz passed at 80%', () => {
    expect(completion(done(), lessons)).toEqual({ lessonsLeft: 0, stepsLeft: 0, quizzesLeft: 0, complete: true, completedAt: at(8) });
  });

  it('counts what is left', () => {
    const d = done();
    delete d.lessons['a/one'].completedAt;
    delete d.labs['lab-x'].steps.s2;
    d.quizzes['b/two'].best = { score: 3, total: 5, at: at(7) };
    expect(completion(d, lessons)).toEqual({ lessonsLeft: 1, stepsLeft: 1, quizzesLeft: 1, complete: false, completedAt: null });
    expect(completion(emptyDoc(at(1)), lessons)).toMatchObject({ lessonsLeft: 3, stepsLeft: 2, quizzesLeft: 2, complete: false });
  });
});
