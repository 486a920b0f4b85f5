/**
 * The progress document kept in localStorage, its older shapes and a small hand-written validator.
 *
 * The validator here is the one the browser runs on every read: it is tiny, where zod would cost most of a
 * lesson page's JavaScript budget. `schema.ts` describes the same document with zod (used for imports and
 * tests); a property test checks that both accept and refuse exactly the same documents.
 */

export const CURRENT_VERSION = 3;

/** An answer as the quiz records it: a choice id, several ids (multiple, order), true/false, or a command. */
export type QuizAnswer = string | string[] | boolean;

export interface LessonRecord {
  firstVisitedAt: string;
  lastVisitedAt: string;
  completedAt?: string;
}

export interface LabRecord {
  /** step id → when it was done; insertion order is completion order. */
  steps: Record<string, string>;
}

export interface QuizScore {
  score: number;
  total: number;
  at: string;
}

export interface QuizRecord {
  attempts: number;
  best: QuizScore;
  /** `hashes`: question id → content hash of the question the answer was given to (version 3). */
  last: QuizScore & { answers: Record<string, QuizAnswer>; hashes?: Record<string, string> };
}

/**
 * A missed question waiting to be asked again, under the key `<quiz id>#<question id>`. `step` counts the
 * reviews passed in a row (0 to 3): the next one is due 1, 3, 7 or 21 days after the last answer.
 */
export interface ReviewEntry {
  quiz: string;
  question: string;
  /** Content hash of the question when it was missed. */
  hash: string;
  step: number;
  due: string;
  missedAt: string;
  lastAt: string;
}

export interface Recovery {
  /** localStorage key holding the document that could not be read, verbatim. */
  backupKey: string;
  at: string;
  reason: string;
  dismissed: boolean;
}

export interface ProgressDoc {
  version: 3;
  createdAt: string;
  updatedAt: string;
  lessons: Record<string, LessonRecord>;
  labs: Record<string, LabRecord>;
  quizzes: Record<string, QuizRecord>;
  /** The review queue: `<quiz id>#<question id>` → entry. */
  review: Record<string, ReviewEntry>;
  last?: { lessonId: string; lang: string; at: string };
  recovered?: Recovery;
}

/** Version 2: no review queue, no question hashes. */
export type ProgressDocV2 = Omit<ProgressDoc, 'version' | 'review'> & { version: 2 };

/** Version 1: flat lists, one timestamp for the whole document (epoch milliseconds). */
export interface ProgressDocV1 {
  version: 1;
  updated: number;
  visited: string[];
  completed: string[];
  labSteps: Record<string, string[]>;
  /** quiz id → best score in percent */
  quizBest: Record<string, number>;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; path: string; message: string };

export function emptyDoc(at: string): ProgressDoc {
  return { version: 3, createdAt: at, updatedAt: at, lessons: {}, labs: {}, quizzes: {}, review: {} };
}

// ---------------------------------------------------------------------------------------------------------
// Hand-written validation: a few tiny combinators. Each check throws a Bad naming the first offending field.

class Bad {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

type Check<T> = (v: unknown, p: string) => T;

const join = (p: string, k: string | number): string => (p ? `${p}.${k}` : String(k));
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (p: string, m: string): never => {
  throw new Bad(p, m);
};
const is =
  <T>(test: (v: unknown) => boolean, m: string): Check<T> =>
  (v, p) =>
    test(v) ? (v as T) : fail(p, m);

const str = is<string>((v) => typeof v === 'string', 'expected a string');
const bool = is<boolean>((v) => typeof v === 'boolean', 'expected true or false');
const count = is<number>((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0, 'expected a whole number ≥ 0');
const id: Check<string> = (v, p) => {
  const s = str(v, p);
  return s.length >= 1 && s.length <= 200 ? s : fail(p, 'expected an id of 1 to 200 characters');
};
const time: Check<string> = (v, p) => (isTime(str(v, p)) ? (v as string) : fail(p, 'expected a date and time'));

/** Every element, holes included (Array.prototype.map would skip them). */
const list =
  <T>(each: Check<T>, m = 'expected a list'): Check<T[]> =>
  (v, p) => {
    if (!Array.isArray(v)) fail(p, m);
    const a = v as unknown[];
    const out: T[] = [];
    for (let i = 0; i < a.length; i++) out.push(each(a[i], join(p, i)));
    return out;
  };

const record =
  <T>(each: Check<T>): Check<Record<string, T>> =>
  (v, p) => {
    const o = isObj(v) ? v : fail(p, 'expected an object');
    const out: Record<string, T> = {};
    for (const k of Object.keys(o)) out[id(k, join(p, k))] = each(o[k], join(p, k));
    return out;
  };

/** An object with exactly these fields; names ending in `?` are optional. */
function shape<T>(fields: Record<string, Check<unknown>>): Check<T> {
  const names = Object.keys(fields).map((n) => n.replace(/\?$/, ''));
  return (v, p) => {
    const o = isObj(v) ? v : fail(p, 'expected an object');
    for (const k of Object.keys(o)) if (!names.includes(k)) fail(join(p, k), 'unexpected field');
    const out: Record<string, unknown> = {};
    for (const [n, check] of Object.entries(fields)) {
      const k = n.replace(/\?$/, '');
      if (k !== n && o[k] === undefined) continue;
      out[k] = check(o[k], join(p, k));
    }
    return out as T;
  };
}

/** Exactly the test zod's side uses: an ISO-like string Date.parse accepts. */
export function isTime(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}

const scoreFields = { score: count, total: count, at: time };
const scored =
  <T extends QuizScore>(fields: Record<string, Check<unknown>>): Check<T> =>
  (v, p) => {
    const s = shape<T>(fields)(v, p);
    return s.score <= s.total ? s : fail(join(p, 'score'), 'the score is larger than the total');
  };
const answer: Check<QuizAnswer> = (v, p) =>
  typeof v === 'string' || typeof v === 'boolean'
    ? v
    : list(str, 'expected a string, a list of strings or true/false')(v, p);

const quizRecord = (lastFields: Record<string, Check<unknown>>) =>
  record(
    shape({
      attempts: (v: unknown, p: string) => (count(v, p) >= 1 ? v : fail(p, 'expected at least 1')),
      best: scored(scoreFields),
      last: scored({ ...scoreFields, answers: record(answer), ...lastFields }),
    }),
  );
const commonFields = {
  createdAt: time,
  updatedAt: time,
  lessons: record(shape({ firstVisitedAt: time, lastVisitedAt: time, 'completedAt?': time })),
  labs: record(shape({ steps: record(time) })),
  'last?': shape({ lessonId: id, lang: id, at: time }),
  'recovered?': shape({ backupKey: id, at: time, reason: str, dismissed: bool }),
};

const checkV2 = shape<ProgressDocV2>({
  version: is((v) => v === 2, 'expected 2'),
  ...commonFields,
  quizzes: quizRecord({}),
});

const checkV3 = shape<ProgressDoc>({
  version: is((v) => v === 3, 'expected 3'),
  ...commonFields,
  quizzes: quizRecord({ 'hashes?': record(id) }),
  review: record(
    shape({
      quiz: id,
      question: id,
      hash: id,
      step: (v: unknown, p: string) => (count(v, p) <= 3 ? v : fail(p, 'expected a step from 0 to 3')),
      due: time,
      missedAt: time,
      lastAt: time,
    }),
  ),
});

const checkV1 = shape<ProgressDocV1>({
  version: is((v) => v === 1, 'expected 1'),
  updated: is((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'expected a time in milliseconds'),
  visited: list(id),
  completed: list(id),
  labSteps: record(list(id)),
  quizBest: record((v, p) => (count(v, p) <= 100 ? (v as number) : fail(p, 'expected a percentage'))),
});

/** Validate a current (version 3) document. */
export function checkDoc(v: unknown): CheckResult<ProgressDoc> {
  try {
    return { ok: true, value: checkV3(v, '') };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}

/** Bring a version 1 document to version 2. */
export function migrateV1(d: ProgressDocV1): ProgressDocV2 {
  const at = new Date(d.updated).toISOString();
  const doc: ProgressDocV2 = { version: 2, createdAt: at, updatedAt: at, lessons: {}, labs: {}, quizzes: {} };
  for (const l of d.visited) doc.lessons[l] = { firstVisitedAt: at, lastVisitedAt: at };
  for (const l of d.completed) doc.lessons[l] = { firstVisitedAt: at, lastVisitedAt: at, completedAt: at };
  for (const [lab, steps] of Object.entries(d.labSteps)) {
    doc.labs[lab] = { steps: Object.fromEntries(steps.map((s) => [s, at])) };
  }
  for (const [quiz, pct] of Object.entries(d.quizBest)) {
    const s = { score: pct, total: 100, at };
    doc.quizzes[quiz] = { attempts: 1, best: s, last: { ...s, answers: {} } };
  }
  return doc;
}

/**
 * Bring a version 2 document to version 3: an empty review queue. Answers keep no question hash, so the
 * quiz checks that each still fits its question instead.
 */
export function migrateV2(d: ProgressDocV2): ProgressDoc {
  return { ...d, version: 3, review: {} };
}

/**
 * Read any known version: validate it as what it says it is, then migrate it to the current version.
 * Refuses documents from a newer version (written by a newer site) rather than guessing.
 */
export function readAnyVersion(v: unknown): CheckResult<ProgressDoc> {
  if (!isObj(v)) return { ok: false, path: '', message: 'expected an object' };
  const version = v.version;
  try {
    if (version === 1) return { ok: true, value: migrateV2(migrateV1(checkV1(v, ''))) };
    if (version === 2) return { ok: true, value: migrateV2(checkV2(v, '')) };
    if (version === 3) return { ok: true, value: checkV3(v, '') };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
  if (typeof version === 'number' && version > CURRENT_VERSION)
    return { ok: false, path: 'version', message: `written by a newer version (${version}) of this course` };
  return { ok: false, path: 'version', message: 'unknown version' };
}

/** Parse stored text. */
export function parseDoc(text: string): CheckResult<ProgressDoc> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, path: '', message: 'not valid JSON' };
  }
  return readAnyVersion(v);
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
