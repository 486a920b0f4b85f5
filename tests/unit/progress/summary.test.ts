import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../../src/progress/doc';
import { lessonSummary, overallPercent, type LessonUnits } from '../../../src/progress/summary';

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
