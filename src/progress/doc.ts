/**
 * The progress document kept in localStorage, its older shapes and a small hand-written validator.
 *
 * The validator here is the one the browser runs on every read: it is tiny, where zod would cost most of a
 * lesson page's JavaScript budget. `schema.ts` describes the same document with zod (used for imports and
 * tests); a property test checks that both accept and refuse exactly the same documents.
 */

export const CURRENT_VERSION = 2;

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
  last: QuizScore & { answers: Record<string, QuizAnswer> };
}

export interface Recovery {
  /** localStorage key holding the document that could not be read, verbatim. */
  backupKey: string;
  at: string;
  reason: string;
  dismissed: boolean;
}

export interface ProgressDoc {
  version: 2;
  createdAt: string;
  updatedAt: string;
  lessons: Record<string, LessonRecord>;
  labs: Record<string, LabRecord>;
  quizzes: Record<string, QuizRecord>;
  last?: { lessonId: string; lang: string; at: string };
  recovered?: Recovery;
}

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
  return { version: 2, createdAt: at, updatedAt: at, lessons: {}, labs: {}, quizzes: {} };
}

// ---------------------------------------------------------------------------------------------------------
// Hand-written validation. Each check throws a Bad with the path of the first offending field.

class Bad {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

const MAX_ID = 200;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown, p: string): Record<string, unknown> {
  if (!isObj(v)) throw new Bad(p, 'expected an object');
  return v;
}
function str(v: unknown, p: string): string {
  if (typeof v !== 'string') throw new Bad(p, 'expected a string');
  return v;
}
function id(v: unknown, p: string): string {
  const s = str(v, p);
  if (s.length < 1 || s.length > MAX_ID) throw new Bad(p, `expected an id of 1 to ${MAX_ID} characters`);
  return s;
}
function time(v: unknown, p: string): string {
  const s = str(v, p);
  if (!isTime(s)) throw new Bad(p, 'expected a date and time');
  return s;
}
function count(v: unknown, p: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Bad(p, 'expected a whole number ≥ 0');
  return v;
}
function bool(v: unknown, p: string): boolean {
  if (typeof v !== 'boolean') throw new Bad(p, 'expected true or false');
  return v;
}
function noExtra(o: Record<string, unknown>, allowed: readonly string[], p: string): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new Bad(join(p, k), 'unexpected field');
}
function keys(o: Record<string, unknown>, p: string): string[] {
  const ks = Object.keys(o);
  for (const k of ks) id(k, join(p, k));
  return ks;
}
/** Every element, holes included (Array.prototype.map would skip them). */
function list<T>(a: unknown[], p: string, each: (v: unknown, p: string) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < a.length; i++) out.push(each(a[i], join(p, i)));
  return out;
}
function join(p: string, k: string | number): string {
  return p ? `${p}.${k}` : String(k);
}

/** Exactly the test zod's side uses: an ISO-like string Date.parse accepts. */
export function isTime(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}

function score(v: unknown, p: string): QuizScore {
  const o = obj(v, p);
  const total = count(o.total, join(p, 'total'));
  const sc = count(o.score, join(p, 'score'));
  if (sc > total) throw new Bad(join(p, 'score'), 'the score is larger than the total');
  return { score: sc, total, at: time(o.at, join(p, 'at')) };
}

function answer(v: unknown, p: string): QuizAnswer {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return list(v, p, str);
  throw new Bad(p, 'expected a string, a list of strings or true/false');
}

function checkV2(v: unknown): ProgressDoc {
  const o = obj(v, '');
  noExtra(o, ['version', 'createdAt', 'updatedAt', 'lessons', 'labs', 'quizzes', 'last', 'recovered'], '');
  if (o.version !== 2) throw new Bad('version', 'expected 2');
  const doc = emptyDoc(time(o.createdAt, 'createdAt'));
  doc.updatedAt = time(o.updatedAt, 'updatedAt');

  const lessons = obj(o.lessons, 'lessons');
  for (const k of keys(lessons, 'lessons')) {
    const p = join('lessons', k);
    const l = obj(lessons[k], p);
    noExtra(l, ['firstVisitedAt', 'lastVisitedAt', 'completedAt'], p);
    const rec: LessonRecord = {
      firstVisitedAt: time(l.firstVisitedAt, join(p, 'firstVisitedAt')),
      lastVisitedAt: time(l.lastVisitedAt, join(p, 'lastVisitedAt')),
    };
    if (l.completedAt !== undefined) rec.completedAt = time(l.completedAt, join(p, 'completedAt'));
    doc.lessons[k] = rec;
  }

  const labs = obj(o.labs, 'labs');
  for (const k of keys(labs, 'labs')) {
    const p = join('labs', k);
    const l = obj(labs[k], p);
    noExtra(l, ['steps'], p);
    const steps = obj(l.steps, join(p, 'steps'));
    const out: Record<string, string> = {};
    for (const s of keys(steps, join(p, 'steps'))) out[s] = time(steps[s], join(join(p, 'steps'), s));
    doc.labs[k] = { steps: out };
  }

  const quizzes = obj(o.quizzes, 'quizzes');
  for (const k of keys(quizzes, 'quizzes')) {
    const p = join('quizzes', k);
    const q = obj(quizzes[k], p);
    noExtra(q, ['attempts', 'best', 'last'], p);
    const attempts = count(q.attempts, join(p, 'attempts'));
    if (attempts < 1) throw new Bad(join(p, 'attempts'), 'expected at least 1');
    const best = score(q.best, join(p, 'best'));
    noExtra(obj(q.best, join(p, 'best')), ['score', 'total', 'at'], join(p, 'best'));
    const lastO = obj(q.last, join(p, 'last'));
    noExtra(lastO, ['score', 'total', 'at', 'answers'], join(p, 'last'));
    const last = score(lastO, join(p, 'last'));
    const answersO = obj(lastO.answers, join(p, 'last.answers'));
    const answers: Record<string, QuizAnswer> = {};
    for (const a of keys(answersO, join(p, 'last.answers'))) answers[a] = answer(answersO[a], join(p, `last.answers.${a}`));
    doc.quizzes[k] = { attempts, best, last: { ...last, answers } };
  }

  if (o.last !== undefined) {
    const l = obj(o.last, 'last');
    noExtra(l, ['lessonId', 'lang', 'at'], 'last');
    doc.last = { lessonId: id(l.lessonId, 'last.lessonId'), lang: id(l.lang, 'last.lang'), at: time(l.at, 'last.at') };
  }
  if (o.recovered !== undefined) {
    const r = obj(o.recovered, 'recovered');
    noExtra(r, ['backupKey', 'at', 'reason', 'dismissed'], 'recovered');
    doc.recovered = {
      backupKey: id(r.backupKey, 'recovered.backupKey'),
      at: time(r.at, 'recovered.at'),
      reason: str(r.reason, 'recovered.reason'),
      dismissed: bool(r.dismissed, 'recovered.dismissed'),
    };
  }
  return doc;
}

function checkV1(v: unknown): ProgressDocV1 {
  const o = obj(v, '');
  noExtra(o, ['version', 'updated', 'visited', 'completed', 'labSteps', 'quizBest'], '');
  if (o.version !== 1) throw new Bad('version', 'expected 1');
  if (typeof o.updated !== 'number' || !Number.isFinite(o.updated) || o.updated < 0)
    throw new Bad('updated', 'expected a time in milliseconds');
  const ids = (x: unknown, p: string): string[] => {
    if (!Array.isArray(x)) throw new Bad(p, 'expected a list');
    return list(x, p, id);
  };
  const labStepsO = obj(o.labSteps, 'labSteps');
  const labSteps: Record<string, string[]> = {};
  for (const k of keys(labStepsO, 'labSteps')) labSteps[k] = ids(labStepsO[k], join('labSteps', k));
  const bestO = obj(o.quizBest, 'quizBest');
  const quizBest: Record<string, number> = {};
  for (const k of keys(bestO, 'quizBest')) {
    const n = count(bestO[k], join('quizBest', k));
    if (n > 100) throw new Bad(join('quizBest', k), 'expected a percentage');
    quizBest[k] = n;
  }
  return {
    version: 1,
    updated: o.updated,
    visited: ids(o.visited, 'visited'),
    completed: ids(o.completed, 'completed'),
    labSteps,
    quizBest,
  };
}

/** Validate a current (version 2) document. */
export function checkDoc(v: unknown): CheckResult<ProgressDoc> {
  try {
    return { ok: true, value: checkV2(v) };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}

/** Bring a version 1 document to version 2. */
export function migrateV1(d: ProgressDocV1): ProgressDoc {
  const at = new Date(d.updated).toISOString();
  const doc = emptyDoc(at);
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
 * Read any known version: validate it as what it says it is, then migrate it to the current version.
 * Refuses documents from a newer version (written by a newer site) rather than guessing.
 */
export function readAnyVersion(v: unknown): CheckResult<ProgressDoc> {
  if (!isObj(v)) return { ok: false, path: '', message: 'expected an object' };
  const version = v.version;
  try {
    if (version === 1) return { ok: true, value: migrateV1(checkV1(v)) };
    if (version === 2) return { ok: true, value: checkV2(v) };
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
