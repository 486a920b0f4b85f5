import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { validateQuizText } from '../../src/quiz/validate';
import { canonicalCommand } from '../../src/quiz/command';
import { gradeQuiz, keysOf } from '../../src/quiz/grade';

const root = 'content/quizzes';

function quizFiles(dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? quizFiles(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
  );
}

/** Lesson ids per language, from content/lessons/<lang>/<NN-chapter>/<NN-lesson>.mdx */
function lessonIds(lang: string): Set<string> {
  const base = path.join('content/lessons', lang);
  const out = new Set<string>();
  if (!existsSync(base)) return out;
  for (const ch of readdirSync(base)) {
    for (const f of readdirSync(path.join(base, ch))) {
      if (f.endsWith('.mdx')) out.add(`${ch.replace(/^\d+-/, '')}/${f.replace(/\.mdx$/, '').replace(/^\d+-/, '')}`);
    }
  }
  return out;
}

const files = quizFiles();

describe('every quiz file', () => {
  it('exists for at least the first lessons', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  for (const file of files) {
    const id = path.relative(root, file).replace(/\.yaml$/, '').split(path.sep).join('/');
    describe(id, () => {
      const res = validateQuizText(file, readFileSync(file, 'utf8'));

      it('validates', () => {
        expect(res.ok ? [] : res.errors).toEqual([]);
      });

      it('belongs to a lesson that exists in English and Korean', () => {
        expect(lessonIds('en').has(id), `content/lessons/en/*/*${id.split('/')[1]}.mdx`).toBe(true);
        expect(lessonIds('ko').has(id), `content/lessons/ko/*/*${id.split('/')[1]}.mdx`).toBe(true);
      });

      it('has expected commands that the simulator parses, and scores full marks with its own answers', () => {
        if (!res.ok) return;
        const answers: Record<string, string | string[] | boolean> = {};
        for (const q of res.quiz.questions) {
          if (q.kind === 'command') {
            for (const c of q.expected) expect(canonicalCommand(c, q.shell), `${file}: ${q.id}: ${c}`).toMatchObject({ ok: true });
            answers[q.id] = q.expected[0];
          } else if (q.kind === 'single') answers[q.id] = q.choices.find((c) => c.correct)!.id;
          else if (q.kind === 'multiple') answers[q.id] = q.choices.filter((c) => c.correct).map((c) => c.id);
          else if (q.kind === 'truefalse') answers[q.id] = q.answer;
          else if (q.kind === 'order') answers[q.id] = q.steps.map((s) => s.id);
          else if (q.claims) answers[q.id] = q.claims.filter((c) => c.correct).map((c) => c.id);
          else answers[q.id] = 'real';
        }
        const r = gradeQuiz(keysOf(res.quiz), answers);
        expect(r.score).toBe(r.total);
        expect(r.total).toBe(res.quiz.questions.length);
      });

      it('asks at least four questions of at least two kinds', () => {
        if (!res.ok) return;
        expect(res.quiz.questions.length).toBeGreaterThanOrEqual(4);
        expect(new Set(res.quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
      });
    });
  }
});

const F = 'content/quizzes/chapter/lesson.yaml';
const good = (extra = '') => `
questions:
  - id: one
    kind: single
    prompt: { en: Which?, ko: 어느 것? }
    choices:
      - { id: a, correct: true, text: { en: A, ko: 가 }, why: { en: because, ko: 왜냐하면 } }
      - { id: b, text: { en: B, ko: 나 }, why: { en: because, ko: 왜냐하면 } }
${extra}`;

function errorsOf(text: string): string[] {
  const r = validateQuizText(F, text);
  return r.ok ? [] : r.errors;
}

describe('a bad quiz file fails naming the file and the field', () => {
  it('accepts the good baseline', () => {
    expect(validateQuizText(F, good()).ok).toBe(true);
  });

  it('a single-choice question with no correct answer', () => {
    expect(errorsOf(good().replace('correct: true, ', ''))).toEqual([
      `${F}: questions.0.choices: no correct answer: mark exactly one choice \`correct: true\``,
    ]);
  });

  it('a single-choice question with two correct answers', () => {
    expect(errorsOf(good().replace('{ id: b, ', '{ id: b, correct: true, '))).toEqual([
      `${F}: questions.0.choices: a single-choice question needs exactly one correct choice, found 2`,
    ]);
  });

  it('a multiple-choice question with no correct answer', () => {
    expect(errorsOf(good().replace('kind: single', 'kind: multiple').replace('correct: true, ', ''))).toEqual([
      `${F}: questions.0.choices: no correct answer: mark at least one choice \`correct: true\``,
    ]);
  });

  it('a true/false question without its answer', () => {
    const text = good(`  - id: two
    kind: truefalse
    prompt: { en: True?, ko: 참? }
    why: { en: w, ko: w }`);
    expect(errorsOf(text)).toEqual([`${F}: questions.1.answer: no correct answer: set \`answer: true\` or \`answer: false\``]);
  });

  it('a command question without expected commands', () => {
    const text = good(`  - id: two
    kind: command
    prompt: { en: Type it, ko: 입력 }
    expected: []
    why: { en: w, ko: w }`);
    expect(errorsOf(text)).toEqual([`${F}: questions.1.expected: no correct answer: list at least one expected command`]);
  });

  it('a duplicate question id', () => {
    const text = good(`  - id: one
    kind: truefalse
    answer: true
    prompt: { en: True?, ko: 참? }
    why: { en: w, ko: w }`);
    expect(errorsOf(text)).toEqual([`${F}: questions.1.id: duplicate question id "one" (also questions.0.id)`]);
  });

  it('a duplicate choice id', () => {
    expect(errorsOf(good().replace('{ id: b,', '{ id: a,'))).toEqual([
      `${F}: questions.0.choices.1.id: duplicate choice id "a" (also choices.0.id)`,
    ]);
  });

  it('a duplicate step id in an order question', () => {
    const text = good(`  - id: two
    kind: order
    prompt: { en: Order, ko: 순서 }
    why: { en: w, ko: w }
    steps:
      - { id: x, text: { en: X, ko: X } }
      - { id: y, text: { en: Y, ko: Y } }
      - { id: x, text: { en: Z, ko: Z } }`);
    expect(errorsOf(text)).toEqual([`${F}: questions.1.steps.2.id: duplicate step id "x" (also steps.0.id)`]);
  });

  it('a missing translation, wherever it is', () => {
    expect(errorsOf(good().replace('prompt: { en: Which?, ko: 어느 것? }', 'prompt: { en: Which? }'))).toEqual([
      `${F}: questions.0.prompt.ko: missing translation`,
    ]);
    expect(errorsOf(good().replace('{ id: b, text: { en: B, ko: 나 }', '{ id: b, text: { ko: 나 }'))).toEqual([
      `${F}: questions.0.choices.1.text.en: missing translation`,
    ]);
    expect(errorsOf(good().replace("why: { en: because, ko: 왜냐하면 } }\n      - { id: b", "why: { en: because, ko: '  ' } }\n      - { id: b"))).toEqual([
      `${F}: questions.0.choices.0.why.ko: empty text`,
    ]);
  });

  it('a misspelt language', () => {
    expect(errorsOf(good().replace('prompt: { en: Which?, ko: 어느 것? }', 'prompt: { en: Which?, kr: 어느 것? }'))).toEqual([
      `${F}: questions.0.prompt.ko: missing translation`,
      `${F}: questions.0.prompt: unknown language "kr": use en and ko`,
    ]);
  });

  it('an unknown kind, an unknown field, and broken YAML', () => {
    expect(errorsOf(good().replace('kind: single', 'kind: essay'))).toEqual([
      `${F}: questions.0.kind: unknown kind: use single, multiple, truefalse, order, command or predict`,
    ]);
    expect(errorsOf(good().replace('kind: single', 'kind: single\n    points: 3'))[0]).toMatch(
      new RegExp(`^${F}: questions\\.0: .*points`),
    );
    expect(errorsOf('questions: [ { id: a')[0]).toMatch(new RegExp(`^${F}: \\(yaml\\): `));
  });

  it('an empty quiz', () => {
    expect(errorsOf('questions: []')).toEqual([`${F}: questions: a quiz needs at least one question`]);
  });
});

describe('hands-on lessons', () => {
  it('every lesson with a lab, and every lesson of the lab chapters, asks a predict-the-output question', () => {
    const base = 'content/lessons/en';
    const missing: string[] = [];
    let checked = 0;
    for (const ch of readdirSync(base)) {
      for (const f of readdirSync(path.join(base, ch))) {
        const text = readFileSync(path.join(base, ch, f), 'utf8');
        const handsOn = /^lab: /m.test(text) || /^\d+-(vagrant-lab|kubernetes-cluster)$/.test(ch);
        if (!handsOn) continue;
        checked++;
        const id = `${ch.replace(/^\d+-/, '')}/${f.replace(/\.mdx$/, '').replace(/^\d+-/, '')}`;
        const quiz = path.join(root, `${id}.yaml`);
        const res = existsSync(quiz) ? validateQuizText(quiz, readFileSync(quiz, 'utf8')) : null;
        if (!res?.ok || !res.quiz.questions.some((q) => q.kind === 'predict')) missing.push(id);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(missing).toEqual([]);
  });
});
