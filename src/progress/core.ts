/**
 * The progress store without the browser: give it a Storage (or null when there is none), a clock and
 * timers, and it keeps one versioned document under one key.
 *
 * - Every read validates; older versions migrate.
 * - A stored document that cannot be read is copied verbatim to a backup key before anything else is
 *   written, and the new document remembers it (`recovered`) so the page can say so. If the copy cannot be
 *   made, the original is left untouched and the store keeps to memory.
 * - No storage, or storage that refuses writes (quota), keeps everything in memory; `status` says which.
 * - Changes are applied at once in memory and written in one batch a moment later (`flush()` forces it).
 * - Changes made here but not written yet are replayed on top of what another tab wrote, so two tabs never
 *   undo each other's work.
 */
import {
  clone,
  emptyDoc,
  parseDoc,
  type ProgressDoc,
  type QuizAnswer,
  type QuizRecord,
  type ReviewEntry,
} from './doc';
import { afterMiss, afterPass, reviewKey } from './review';

export const STORAGE_KEY = 'cloud-dx-course:progress';

/** What the store needs of the Web Storage API. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export type StorageState = 'ok' | 'unavailable' | 'full';

export interface StoreStatus {
  storage: StorageState;
  /** Set while the document read at start (or from another tab) could not be used and was set aside. */
  recovered: ProgressDoc['recovered'];
}

export interface StoreOptions {
  storage: StorageLike | null;
  key?: string;
  now?: () => number;
  /** Milliseconds to wait before writing a batch of changes. */
  delay?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface QuizAttempt {
  score: number;
  total: number;
  answers: Record<string, QuizAnswer>;
  /** question id → content hash of the question answered */
  hashes?: Record<string, string>;
}

type Op = (doc: ProgressDoc) => void;
type Listener = (doc: Readonly<ProgressDoc>, status: StoreStatus) => void;

export class ProgressStore {
  readonly key: string;
  private storage: StorageLike | null;
  private now: () => number;
  private delay: number;
  private setTimer: (fn: () => void, ms: number) => unknown;
  private clearTimer: (handle: unknown) => void;
  private timer: unknown = null;
  /** The last document known to be in storage (or the start document). */
  private base: ProgressDoc;
  /** base + pending ops */
  private doc: ProgressDoc;
  private pending: Op[] = [];
  /** Raw text we last read from or wrote to storage, to notice writes by other tabs. */
  private lastRaw: string | null = null;
  private listeners = new Set<Listener>();
  private storageState: StorageState = 'ok';

  constructor(opts: StoreOptions) {
    this.key = opts.key ?? STORAGE_KEY;
    this.storage = opts.storage;
    this.now = opts.now ?? Date.now;
    this.delay = opts.delay ?? 300;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.base = emptyDoc(this.iso());
    this.doc = clone(this.base);
    this.probe();
    this.rebase(this.readRaw());
  }

  // ---------------------------------------------------------------------------------------- reading

  /** The current document. Do not change it: use the methods. */
  get(): Readonly<ProgressDoc> {
    return this.doc;
  }

  status(): StoreStatus {
    return { storage: this.storageState, recovered: this.doc.recovered };
  }

  isVisited(lessonId: string): boolean {
    return lessonId in this.doc.lessons;
  }

  isCompleted(lessonId: string): boolean {
    return Boolean(this.doc.lessons[lessonId]?.completedAt);
  }

  labStepsDone(labId: string): string[] {
    return Object.keys(this.doc.labs[labId]?.steps ?? {});
  }

  quiz(quizId: string): QuizRecord | undefined {
    return this.doc.quizzes[quizId];
  }

  /** The review queue (`<quiz>#<question>` → entry). */
  review(): Readonly<Record<string, ReviewEntry>> {
    return this.doc.review;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---------------------------------------------------------------------------------------- changing

  markVisited(lessonId: string, lang: string): void {
    const at = this.iso();
    this.change((d) => {
      const l = d.lessons[lessonId];
      if (l) l.lastVisitedAt = at;
      else d.lessons[lessonId] = { firstVisitedAt: at, lastVisitedAt: at };
      d.last = { lessonId, lang, at };
    });
  }

  markCompleted(lessonId: string, done = true): void {
    if (done === this.isCompleted(lessonId)) return;
    const at = this.iso();
    this.change((d) => {
      const l = (d.lessons[lessonId] ??= { firstVisitedAt: at, lastVisitedAt: at });
      if (done) l.completedAt ??= at;
      else delete l.completedAt;
    });
  }

  completeLabStep(labId: string, stepId: string): void {
    if (this.labStepsDone(labId).includes(stepId)) return;
    const at = this.iso();
    this.change((d) => {
      const lab = (d.labs[labId] ??= { steps: {} });
      lab.steps[stepId] ??= at;
    });
  }

  resetLab(labId: string): void {
    if (!(labId in this.doc.labs)) return;
    this.change((d) => {
      delete d.labs[labId];
    });
  }

  recordQuizAttempt(quizId: string, attempt: QuizAttempt): QuizRecord {
    const total = Math.max(0, Math.floor(attempt.total));
    const score = Math.min(total, Math.max(0, Math.floor(attempt.score)));
    const at = this.iso();
    const answers = clone(attempt.answers);
    const hashes = attempt.hashes ? clone(attempt.hashes) : undefined;
    this.change((d) => {
      const prev = d.quizzes[quizId];
      const last = { score, total, at, answers, ...(hashes ? { hashes } : {}) };
      const better = !prev || ratio(score, total) >= ratio(prev.best.score, prev.best.total);
      d.quizzes[quizId] = {
        attempts: (prev?.attempts ?? 0) + 1,
        best: better ? { score, total, at } : prev.best,
        last,
      };
    });
    return this.doc.quizzes[quizId];
  }

  /** A question was missed (in its quiz or on the review page): it is due again in a day. */
  reviewMiss(quiz: string, question: string, hash: string): void {
    const now = this.now();
    this.change((d) => {
      d.review[reviewKey(quiz, question)] = afterMiss(quiz, question, hash, now);
    });
  }

  /** A review was answered right: the next one is further away, or the question leaves the queue. */
  reviewPass(quiz: string, question: string): void {
    const key = reviewKey(quiz, question);
    if (!this.doc.review[key]) return;
    const now = this.now();
    this.change((d) => {
      const prev = d.review[key];
      if (!prev) return;
      const next = afterPass(prev, now);
      if (next) d.review[key] = next;
      else delete d.review[key];
    });
  }

  /** Take entries off the queue (their question no longer exists). */
  dropReviews(keys: readonly string[]): void {
    if (!keys.some((k) => k in this.doc.review)) return;
    this.change((d) => {
      for (const k of keys) delete d.review[k];
    }, true);
  }

  /** Forget one lesson: read marks, its quiz and (if given) its lab. */
  resetLesson(lessonId: string, opts: { quizId?: string; labId?: string } = {}): void {
    const quizId = opts.quizId ?? lessonId;
    this.change((d) => {
      delete d.lessons[lessonId];
      delete d.quizzes[quizId];
      for (const [k, e] of Object.entries(d.review)) if (e.quiz === quizId) delete d.review[k];
      if (opts.labId) delete d.labs[opts.labId];
      if (d.last?.lessonId === lessonId) delete d.last;
    }, true);
  }

  resetAll(): void {
    const at = this.iso();
    this.change((d) => {
      const fresh = emptyDoc(at);
      if (d.recovered) fresh.recovered = d.recovered;
      replace(d, fresh);
    }, true);
  }

  dismissRecovery(): void {
    if (!this.doc.recovered || this.doc.recovered.dismissed) return;
    this.change((d) => {
      if (d.recovered) d.recovered.dismissed = true;
    }, true);
  }

  // ---------------------------------------------------------------------------------------- files

  exportDoc(): ProgressDoc {
    return clone(this.doc);
  }

  exportJSON(): string {
    const d = this.exportDoc();
    delete d.recovered;
    return JSON.stringify(d, null, 2) + '\n';
  }

  /** Replace the whole document with an imported one (from previewImport). */
  importDoc(doc: ProgressDoc): void {
    const incoming = clone(doc);
    this.change((d) => {
      const keep = d.recovered;
      replace(d, incoming);
      if (keep) d.recovered = keep;
      else delete d.recovered;
    }, true);
  }

  /** Every backup this store's key family holds: `key` → the text kept. */
  backups(): { key: string; raw: string }[] {
    const out: { key: string; raw: string }[] = [];
    const s = this.storage;
    if (!s) return out;
    try {
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k && k.startsWith(this.key + ':backup')) out.push({ key: k, raw: s.getItem(k) ?? '' });
      }
    } catch {
      /* storage went away */
    }
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  deleteBackup(backupKey: string): void {
    if (!backupKey.startsWith(this.key + ':backup')) return;
    try {
      this.storage?.removeItem(backupKey);
    } catch {
      /* nothing to do */
    }
    if (this.doc.recovered?.backupKey === backupKey) {
      this.change((d) => {
        delete d.recovered;
      }, true);
    } else this.emit();
  }

  // ---------------------------------------------------------------------------------------- syncing

  /** Write pending changes now. */
  flush(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    if (this.pending.length === 0) return;
    // Another tab may have written since we last looked and its event may not have reached us yet.
    const raw = this.readRaw();
    if (raw !== this.lastRaw && this.storageState !== 'unavailable') this.rebase(raw);
    this.doc.updatedAt = this.iso();
    const text = JSON.stringify(this.doc);
    if (this.write(text)) {
      this.base = clone(this.doc);
      this.pending = [];
      this.lastRaw = text;
    }
    this.emit();
  }

  /**
   * A `storage` event from another tab (key null means that tab cleared all storage).
   * The browser binding calls this; tests call it directly.
   */
  receive(key: string | null, newValue: string | null): void {
    if (key !== null && key !== this.key) return;
    const raw = key === null ? this.readRaw() : newValue;
    if (raw === this.lastRaw) return;
    this.rebase(raw);
    this.emit();
  }

  // ---------------------------------------------------------------------------------------- inside

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  private change(op: Op, urgent = false): void {
    op(this.doc);
    this.pending.push(op);
    this.emit();
    if (urgent) this.flush();
    else if (this.timer === null) {
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.flush();
      }, this.delay);
    }
  }

  private emit(): void {
    const status = this.status();
    for (const l of [...this.listeners]) {
      try {
        l(this.doc, status);
      } catch (e) {
        console.error(e);
      }
    }
  }

  /** Start from stored text: the base document becomes what it says; pending changes are replayed. */
  private rebase(raw: string | null): void {
    this.load(raw);
    this.doc = clone(this.base);
    for (const op of this.pending) op(this.doc);
  }

  private load(raw: string | null): void {
    this.lastRaw = raw;
    if (raw === null) {
      this.base = emptyDoc(this.iso());
      return;
    }
    const parsed = parseDoc(raw);
    if (parsed.ok) {
      this.base = parsed.value;
      return;
    }
    // Unreadable: keep the text aside before anything can overwrite it.
    const reason = parsed.path ? `${parsed.path}: ${parsed.message}` : parsed.message;
    const backupKey = this.keepAside(raw);
    const fresh = emptyDoc(this.iso());
    if (backupKey) {
      fresh.recovered = { backupKey, at: this.iso(), reason, dismissed: false };
      this.base = fresh;
      const text = JSON.stringify(fresh);
      if (this.write(text)) this.lastRaw = text;
    } else {
      // Could not copy it: leave the original where it is and keep to memory.
      fresh.recovered = { backupKey: this.key, at: this.iso(), reason, dismissed: false };
      this.base = fresh;
      if (this.storageState === 'ok') this.storageState = 'full';
    }
  }

  private keepAside(raw: string): string | null {
    const s = this.storage;
    if (!s || this.storageState === 'unavailable') return null;
    const first = `${this.key}:backup`;
    try {
      const existing = s.getItem(first);
      if (existing === raw) return first;
      let k = first;
      if (existing !== null) {
        let n = this.now();
        while (s.getItem(`${first}:${n}`) !== null && s.getItem(`${first}:${n}`) !== raw) n++;
        k = `${first}:${n}`;
      }
      s.setItem(k, raw);
      return s.getItem(k) === raw ? k : null;
    } catch {
      return null;
    }
  }

  private readRaw(): string | null {
    if (!this.storage || this.storageState === 'unavailable') return null;
    try {
      return this.storage.getItem(this.key);
    } catch {
      this.storageState = 'unavailable';
      return null;
    }
  }

  private write(text: string): boolean {
    if (!this.storage || this.storageState === 'unavailable') return false;
    // While the original unreadable document could not be backed up, never overwrite it.
    if (this.doc.recovered?.backupKey === this.key || this.base.recovered?.backupKey === this.key) return false;
    try {
      this.storage.setItem(this.key, text);
      this.storageState = 'ok';
      return true;
    } catch {
      this.storageState = 'full';
      return false;
    }
  }

  /** Find out whether storage works at all. */
  private probe(): void {
    if (!this.storage) {
      this.storageState = 'unavailable';
      return;
    }
    const k = `${this.key}:probe`;
    try {
      this.storage.setItem(k, '1');
      this.storage.removeItem(k);
    } catch (e) {
      // Reading may still work when only writing fails (quota): then we are full, not unavailable.
      try {
        this.storage.getItem(this.key);
        this.storageState = isQuota(e) ? 'full' : 'unavailable';
      } catch {
        this.storageState = 'unavailable';
      }
    }
  }
}

function isQuota(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = (e as { name?: unknown }).name;
  const code = (e as { code?: unknown }).code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function ratio(score: number, total: number): number {
  return total === 0 ? 0 : score / total;
}

function replace(target: ProgressDoc, source: ProgressDoc): void {
  for (const k of Object.keys(target)) delete (target as unknown as Record<string, unknown>)[k];
  Object.assign(target, clone(source));
}

