import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDoc, readAnyVersion, migrateV1, migrateV2 } from '../../../src/progress/doc';
import { progressDocV1, progressDocV2, progressDocV3 } from '../../../src/progress/schema';

const time = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const badTime = fc.constantFrom('yesterday', '2026-13-45T99:99', '', '2026-01-01');
const idArb = fc.constantFrom('foundations/on-premises-and-iaas', 'a/b', 'lab-1', 'step', 'q1');
const keyArb = fc.oneof(idArb, fc.constantFrom('', 'x'.repeat(201)));
const score = fc
  .record({ total: fc.nat(20), at: time })
  .chain((s) => fc.record({ score: fc.nat(s.total), total: fc.constant(s.total), at: fc.constant(s.at) }));

const reviewEntry = fc.record({
  quiz: idArb,
  question: idArb,
  hash: fc.constantFrom('1x2y3z', 'abc'),
  step: fc.integer({ min: 0, max: 3 }),
  due: time,
  missedAt: time,
  lastAt: time,
});

const validDoc = fc.record(
  {
    version: fc.constant(3),
    createdAt: time,
    updatedAt: time,
    lessons: fc.dictionary(
      idArb,
      fc.record({ firstVisitedAt: time, lastVisitedAt: time, completedAt: time }, { requiredKeys: ['firstVisitedAt', 'lastVisitedAt'] }),
    ),
    labs: fc.dictionary(idArb, fc.record({ steps: fc.dictionary(idArb, time) })),
    quizzes: fc.dictionary(
      idArb,
      fc.record({
        attempts: fc.integer({ min: 1, max: 50 }),
        best: score,
        last: score.chain((s) =>
          fc.record({
            score: fc.constant(s.score),
            total: fc.constant(s.total),
            at: fc.constant(s.at),
            answers: fc.dictionary(idArb, fc.oneof(fc.string(), fc.array(fc.string()), fc.boolean())),
            hashes: fc.dictionary(idArb, fc.constantFrom('1x2y3z', 'abc')),
          }, { requiredKeys: ['score', 'total', 'at', 'answers'] }),
        ),
      }),
    ),
    review: fc.dictionary(fc.constantFrom('a/b#q1', 'vagrant-lab/first-vm#predict-box-version-600'), reviewEntry),
    last: fc.record({ lessonId: idArb, lang: fc.constantFrom('en', 'ko'), at: time }),
    recovered: fc.record({ backupKey: idArb, at: time, reason: fc.string(), dismissed: fc.boolean() }),
  },
  { requiredKeys: ['version', 'createdAt', 'updatedAt', 'lessons', 'labs', 'quizzes', 'review'] },
);

/** Break one random spot of a valid document. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  badTime,
);
function paths(v: unknown, prefix: string[] = []): string[][] {
  if (typeof v !== 'object' || v === null) return [prefix];
  const out: string[][] = [prefix];
  for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}
const brokenDoc = fc
  .tuple(validDoc, fc.nat(), junk, fc.boolean(), keyArb)
  .map(([doc, n, value, addKey, key]) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
    const all = paths(copy).filter((p) => p.length > 0);
    const path = all[n % all.length];
    let target = copy as Record<string, unknown>;
    for (const k of path.slice(0, -1)) target = target[k] as Record<string, unknown>;
    const last = path[path.length - 1];
    if (addKey && typeof target[last] === 'object' && target[last] !== null && !Array.isArray(target[last])) {
      (target[last] as Record<string, unknown>)[key] = value;
    } else if (value === undefined) delete target[last];
    else target[last] = value;
    return copy;
  });

describe('progress document: hand-written checks agree with the zod schema', () => {
  it('accepts every valid document, and returns it unchanged', () => {
    fc.assert(
      fc.property(validDoc, (doc) => {
        expect(progressDocV3.safeParse(doc).success).toBe(true);
        const res = checkDoc(doc);
        expect(res.ok).toBe(true);
        if (res.ok) expect(res.value).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('refuses exactly what zod refuses', () => {
    fc.assert(
      fc.property(brokenDoc, (doc) => {
        const z = progressDocV3.safeParse(doc).success;
        expect(checkDoc(doc).ok).toBe(z);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('agrees on version 2 documents and migrates them into valid version 3 documents with an empty review queue', () => {
    const v2 = validDoc.map((d) => {
      const copy = JSON.parse(JSON.stringify(d)) as Record<string, unknown>;
      copy.version = 2;
      delete copy.review;
      for (const q of Object.values(copy.quizzes as Record<string, { last: Record<string, unknown> }>)) delete q.last.hashes;
      return copy;
    });
    fc.assert(
      fc.property(v2, (doc) => {
        expect(progressDocV2.safeParse(doc).success).toBe(true);
        const res = readAnyVersion(doc);
        expect(res.ok).toBe(true);
        if (res.ok) {
          expect(progressDocV3.safeParse(res.value).success).toBe(true);
          expect(res.value).toEqual({ ...doc, version: 3, review: {} });
          expect(res.value).toEqual(migrateV2(doc as Parameters<typeof migrateV2>[0]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a version 2 document that carries version 3 fields', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const r = readAnyVersion({ version: 2, createdAt: at, updatedAt: at, lessons: {}, labs: {}, quizzes: {}, review: {} });
    expect(r).toEqual({ ok: false, path: 'review', message: 'unexpected field' });
  });

  it('agrees on version 1 documents and migrates them into valid version 3 documents', () => {
    const v1 = fc.record({
      version: fc.constant(1),
      updated: fc.integer({ min: 0, max: 4102444800000 }),
      visited: fc.array(idArb),
      completed: fc.array(idArb),
      labSteps: fc.dictionary(idArb, fc.array(idArb)),
      quizBest: fc.dictionary(idArb, fc.integer({ min: 0, max: 100 })),
    });
    fc.assert(
      fc.property(v1, (doc) => {
        expect(progressDocV1.safeParse(doc).success).toBe(true);
        const res = readAnyVersion(doc);
        expect(res.ok).toBe(true);
        if (res.ok) {
          expect(progressDocV3.safeParse(res.value).success).toBe(true);
          expect(res.value).toEqual(migrateV2(migrateV1(doc as Parameters<typeof migrateV1>[0])));
        }
      }),
    );
  });
});

describe('progress document: the checks name the first field that is wrong', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const base = () => ({ version: 3, createdAt: at, updatedAt: at, lessons: {}, labs: {}, quizzes: {}, review: {} }) as Record<string, unknown>;
  const entry = (over: Record<string, unknown>) => ({ quiz: 'a/b', question: 'q', hash: 'h', step: 0, due: at, missedAt: at, lastAt: at, ...over });
  const quiz = (over: Record<string, unknown>) => ({
    attempts: 1,
    best: { score: 1, total: 2, at },
    last: { score: 1, total: 2, at, answers: {} },
    ...over,
  });
  const cases: [string, unknown, string][] = [
    ['not an object', 'hello', ': expected an object'],
    ['an unknown field', { ...base(), extra: 1 }, 'extra: unexpected field'],
    ['a wrong version', { ...base(), version: 4 }, 'version: expected 3'],
    ['no review queue', { ...base(), review: undefined }, 'review: expected an object'],
    ['a review step past the last', { ...base(), review: { 'a/b#q': entry({ step: 4 }) } }, 'review.a/b#q.step: expected a step from 0 to 3'],
    ['a review entry without a due date', { ...base(), review: { 'a/b#q': entry({ due: 'tomorrow' }) } }, 'review.a/b#q.due: expected a date and time'],
    ['a bad time', { ...base(), createdAt: 'soon' }, 'createdAt: expected a date and time'],
    ['an empty id', { ...base(), labs: { '': { steps: {} } } }, 'labs.: expected an id of 1 to 200 characters'],
    ['no attempts', { ...base(), quizzes: { q: quiz({ attempts: 0 }) } }, 'quizzes.q.attempts: expected at least 1'],
    ['a fractional attempt count', { ...base(), quizzes: { q: quiz({ attempts: 1.5 }) } }, 'quizzes.q.attempts: expected a whole number ≥ 0'],
    [
      'an answer of the wrong type',
      { ...base(), quizzes: { q: quiz({ last: { score: 1, total: 2, at, answers: { a: 3 } } }) } },
      'quizzes.q.last.answers.a: expected a string, a list of strings or true/false',
    ],
    ['a lab step with no time', { ...base(), labs: { lab: { steps: { s: null } } } }, 'labs.lab.steps.s: expected a string'],
    ['a bad recovery flag', { ...base(), recovered: { backupKey: 'k', at, reason: '', dismissed: 'no' } }, 'recovered.dismissed: expected true or false'],
  ];
  for (const [what, doc, message] of cases) {
    it(what, () => {
      const r = checkDoc(doc);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(`${r.path}: ${r.message}`).toBe(message);
      expect(progressDocV3.safeParse(doc).success).toBe(false);
    });
  }

  it('version 1: a percentage above 100', () => {
    const r = readAnyVersion({ version: 1, updated: 0, visited: [], completed: [], labSteps: {}, quizBest: { q: 101 } });
    expect(r).toEqual({ ok: false, path: 'quizBest.q', message: 'expected a percentage' });
  });
});
