import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradeQuestion, gradeQuiz, keyOf, seeded, shuffle, shuffleAway, type Key } from '../../../src/quiz/grade';
import { quizSchema } from '../../../src/schemas/quiz';

const single: Key = { kind: 'single', correct: 'b' };
const multiple: Key = { kind: 'multiple', correct: ['a', 'c'] };
const tf: Key = { kind: 'truefalse', answer: false };
const order: Key = { kind: 'order', steps: ['x', 'y', 'z'] };
const command: Key = { kind: 'command', expected: ['kubectl get pods -n kube-system'], shell: 'bash' };

describe('grading one question', () => {
  it('single choice', () => {
    expect(gradeQuestion(single, 'b')).toEqual({ correct: true, answered: true });
    expect(gradeQuestion(single, 'a')).toEqual({ correct: false, answered: true });
    expect(gradeQuestion(single, undefined)).toEqual({ correct: false, answered: false });
  });

  it('multiple choice needs exactly the right set, in any order', () => {
    expect(gradeQuestion(multiple, ['c', 'a']).correct).toBe(true);
    expect(gradeQuestion(multiple, ['a']).correct).toBe(false);
    expect(gradeQuestion(multiple, ['a', 'b', 'c']).correct).toBe(false);
    expect(gradeQuestion(multiple, []).answered).toBe(false);
  });

  it('true or false', () => {
    expect(gradeQuestion(tf, false).correct).toBe(true);
    expect(gradeQuestion(tf, true)).toEqual({ correct: false, answered: true });
    expect(gradeQuestion(tf, 'false').answered).toBe(false);
  });

  it('order', () => {
    expect(gradeQuestion(order, ['x', 'y', 'z']).correct).toBe(true);
    expect(gradeQuestion(order, ['y', 'x', 'z']).correct).toBe(false);
    expect(gradeQuestion(order, ['x', 'y']).correct).toBe(false);
  });

  it('command, through the simulator parser', () => {
    expect(gradeQuestion(command, 'kubectl get po --namespace=kube-system').correct).toBe(true);
    expect(gradeQuestion(command, 'kubectl get po')).toEqual({ correct: false, answered: true });
    expect(gradeQuestion(command, 'kubectl get pdos -n kube-system').error).toContain('resource type "pdos"');
    expect(gradeQuestion(command, '').answered).toBe(false);
  });
});

describe('grading a quiz', () => {
  it('counts right answers over all questions, answered or not', () => {
    const r = gradeQuiz({ single, multiple, tf, order, command }, { single: 'b', multiple: ['a'], order: ['x', 'y', 'z'] });
    expect(r.score).toBe(2);
    expect(r.total).toBe(5);
    expect(r.verdicts.tf).toEqual({ correct: false, answered: false });
  });

  it('builds keys from a validated quiz', () => {
    const quiz = quizSchema.parse({
      questions: [
        {
          id: 'q',
          kind: 'multiple',
          prompt: { en: 'p', ko: 'p' },
          choices: [
            { id: 'a', correct: true, text: { en: 'a', ko: 'a' }, why: { en: 'w', ko: 'w' } },
            { id: 'b', text: { en: 'b', ko: 'b' }, why: { en: 'w', ko: 'w' } },
          ],
        },
        { id: 'c', kind: 'command', prompt: { en: 'p', ko: 'p' }, expected: ['vagrant ssh'], why: { en: 'w', ko: 'w' } },
      ],
    });
    expect(keyOf(quiz.questions[0])).toEqual({ kind: 'multiple', correct: ['a'] });
    expect(keyOf(quiz.questions[1])).toEqual({ kind: 'command', expected: ['vagrant ssh'], shell: 'bash' });
  });
});

describe('shuffling', () => {
  it('shuffle returns a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const s = shuffle(items, seeded(seed));
        expect([...s].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('shuffleAway never gives back the original order when another exists', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 8 }), fc.string(), (items, seed) => {
        const s = shuffleAway(items, seeded(seed));
        expect([...s].sort()).toEqual([...items].sort());
        expect(s).not.toEqual(items);
      }),
    );
    // even with a random source that always returns the same thing
    expect(shuffleAway([1, 2, 3], () => 0.999)).not.toEqual([1, 2, 3]);
  });

  it('a seeded source repeats for the same seed', () => {
    const a = seeded('quiz'), b = seeded('quiz');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seeded('x')()).not.toEqual(seeded('y')());
  });
});
