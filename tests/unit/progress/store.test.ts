import { describe, expect, it } from 'vitest';
import { ProgressStore, STORAGE_KEY } from '../../../src/progress/core';
import { diff, previewImport } from '../../../src/progress/transfer';
import { emptyDoc, type ProgressDoc } from '../../../src/progress/doc';
import { FakeStorage, ManualTimers } from './fake-storage';

function setup(storage: FakeStorage | null = new FakeStorage(), start = Date.UTC(2026, 0, 5, 10, 0, 0)) {
  let t = start;
  const timers = new ManualTimers();
  const make = () =>
    new ProgressStore({ storage, now: () => t, setTimer: timers.set, clearTimer: timers.clear, delay: 300 });
  return { storage, timers, make, store: make(), tick: (ms: number) => (t += ms) };
}

function stored(s: FakeStorage): ProgressDoc {
  return JSON.parse(s.getItem(STORAGE_KEY) as string) as ProgressDoc;
}

describe('progress store: basics and batching', () => {
  it('starts empty without writing anything', () => {
    const { store, storage } = setup();
    expect(store.get().version).toBe(3);
    expect(store.get().lessons).toEqual({});
    expect(store.review()).toEqual({});
    expect(storage!.getItem(STORAGE_KEY)).toBeNull();
    expect(store.status().storage).toBe('ok');
  });

  it('applies changes at once but writes them in one batch', () => {
    const { store, storage, timers } = setup();
    const before = storage!.writes;
    store.markVisited('foundations/on-premises-and-iaas', 'en');
    store.completeLabStep('first-vm', 'init');
    store.completeLabStep('first-vm', 'up');
    store.completeLabStep('first-vm', 'up');
    expect(store.labStepsDone('first-vm')).toEqual(['init', 'up']);
    expect(storage!.writes).toBe(before);
    expect(timers.size).toBe(1);
    timers.runAll();
    expect(storage!.writes).toBe(before + 1);
    const doc = stored(storage!);
    expect(Object.keys(doc.labs['first-vm'].steps)).toEqual(['init', 'up']);
    expect(doc.last).toMatchObject({ lessonId: 'foundations/on-premises-and-iaas', lang: 'en' });
  });

  it('keeps everything across a reload', () => {
    const { store, make, timers } = setup();
    store.markVisited('a/b', 'ko');
    store.markCompleted('a/b');
    store.recordQuizAttempt('a/b', { score: 2, total: 4, answers: { q1: 'x', q2: ['a', 'b'], q3: true } });
    timers.runAll();
    const again = make();
    expect(again.isCompleted('a/b')).toBe(true);
    expect(again.quiz('a/b')?.last.answers).toEqual({ q1: 'x', q2: ['a', 'b'], q3: true });
  });

  it('keeps the best quiz score and counts attempts', () => {
    const { store, tick } = setup();
    store.recordQuizAttempt('q', { score: 3, total: 5, answers: {} });
    tick(1000);
    store.recordQuizAttempt('q', { score: 1, total: 5, answers: { a: 'b' } });
    const r = store.quiz('q')!;
    expect(r.attempts).toBe(2);
    expect(r.best.score).toBe(3);
    expect(r.last.score).toBe(1);
    expect(r.last.answers).toEqual({ a: 'b' });
    tick(1000);
    store.recordQuizAttempt('q', { score: 5, total: 5, answers: {} });
    expect(store.quiz('q')!.best).toMatchObject({ score: 5, total: 5 });
  });

  it('resets a lab, a lesson, or everything', () => {
    const { store, storage } = setup();
    store.markVisited('c/l', 'en');
    store.recordQuizAttempt('c/l', { score: 1, total: 1, answers: {} });
    store.completeLabStep('lab1', 's1');
    store.markVisited('c/m', 'en');
    store.resetLab('lab1');
    expect(store.labStepsDone('lab1')).toEqual([]);
    store.completeLabStep('lab1', 's1');
    store.resetLesson('c/l', { labId: 'lab1' });
    expect(store.isVisited('c/l')).toBe(false);
    expect(store.quiz('c/l')).toBeUndefined();
    expect(store.labStepsDone('lab1')).toEqual([]);
    expect(store.isVisited('c/m')).toBe(true);
    // resets are written at once
    expect(stored(storage!).lessons['c/l']).toBeUndefined();
    store.resetAll();
    expect(store.get().lessons).toEqual({});
    expect(stored(storage!).lessons).toEqual({});
  });

  it('tells subscribers about each change until they leave', () => {
    const { store } = setup();
    const seen: number[] = [];
    const off = store.subscribe((doc) => seen.push(Object.keys(doc.lessons).length));
    store.markVisited('a/a', 'en');
    store.markVisited('a/b', 'en');
    off();
    store.markVisited('a/c', 'en');
    expect(seen).toEqual([1, 2]);
  });
});

describe('progress store: older versions', () => {
  it('migrates a version 1 document', () => {
    const storage = new FakeStorage();
    const updated = Date.UTC(2025, 5, 1);
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        updated,
        visited: ['foundations/on-premises-and-iaas'],
        completed: ['foundations/container-infrastructure'],
        labSteps: { 'first-vm': ['init', 'up'] },
        quizBest: { 'foundations/on-premises-and-iaas': 75 },
      }),
    );
    const { store, timers } = setup(storage);
    const doc = store.get();
    expect(doc.version).toBe(3);
    expect(doc.review).toEqual({});
    expect(store.isVisited('foundations/on-premises-and-iaas')).toBe(true);
    expect(store.isCompleted('foundations/on-premises-and-iaas')).toBe(false);
    expect(store.isCompleted('foundations/container-infrastructure')).toBe(true);
    expect(store.labStepsDone('first-vm')).toEqual(['init', 'up']);
    expect(store.quiz('foundations/on-premises-and-iaas')?.best).toMatchObject({ score: 75, total: 100 });
    expect(doc.lessons['foundations/on-premises-and-iaas'].firstVisitedAt).toBe(new Date(updated).toISOString());
    expect(doc.recovered).toBeUndefined();
    // The first write stores version 3.
    store.markVisited('x/y', 'en');
    timers.runAll();
    expect(stored(storage).version).toBe(3);
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBeNull();
  });

  it('treats an invalid version 1 document as unreadable', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 1, updated: 5, visited: 'oops', completed: [], labSteps: {}, quizBest: {} });
    storage.setItem(STORAGE_KEY, raw);
    const { store } = setup(storage);
    expect(store.status().recovered?.reason).toBe('visited: expected a list');
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBe(raw);
  });
});

describe('progress store: unreadable documents', () => {
  it('keeps a document that is not JSON under a backup key and says so', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"version":2,"lessons":');
    const { store } = setup(storage);
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBe('{"version":2,"lessons":');
    const rec = store.status().recovered!;
    expect(rec).toMatchObject({ backupKey: STORAGE_KEY + ':backup', reason: 'not valid JSON', dismissed: false });
    // The main key now holds a valid fresh document that remembers the backup.
    expect(stored(storage).recovered?.backupKey).toBe(STORAGE_KEY + ':backup');
    expect(store.backups()).toEqual([{ key: STORAGE_KEY + ':backup', raw: '{"version":2,"lessons":' }]);
    store.markVisited('a/b', 'en');
    expect(store.isVisited('a/b')).toBe(true);
  });

  it('names the field that failed validation', () => {
    const storage = new FakeStorage();
    const doc = emptyDoc('2026-01-01T00:00:00.000Z') as unknown as Record<string, unknown>;
    doc.quizzes = { 'a/b': { attempts: 1, best: { score: 9, total: 4, at: '2026-01-01T00:00:00.000Z' } } };
    storage.setItem(STORAGE_KEY, JSON.stringify(doc));
    const { store } = setup(storage);
    expect(store.status().recovered?.reason).toBe('quizzes.a/b.best.score: the score is larger than the total');
  });

  it('never overwrites an older backup with a different one', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, 'first garbage');
    setup(storage);
    storage.setItem(STORAGE_KEY, 'second garbage');
    const { store } = setup(storage);
    const backups = store.backups().map((b) => b.raw);
    expect(backups).toContain('first garbage');
    expect(backups).toContain('second garbage');
    expect(store.status().recovered?.backupKey).not.toBe(STORAGE_KEY + ':backup');
  });

  it('sets a newer version aside instead of guessing', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 9, things: [] }));
    const { store } = setup(storage);
    expect(store.status().recovered?.reason).toContain('newer version');
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBe(JSON.stringify({ version: 9, things: [] }));
  });

  it('leaves the original in place and keeps to memory when no copy can be made', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, 'x'.repeat(100));
    storage.quota = STORAGE_KEY.length + 120; // room for the original, not for a copy
    const { store, timers } = setup(storage);
    expect(storage.getItem(STORAGE_KEY)).toBe('x'.repeat(100));
    expect(store.status().storage).toBe('full');
    expect(store.status().recovered).toBeDefined();
    store.markVisited('a/b', 'en');
    timers.runAll();
    store.flush();
    expect(storage.getItem(STORAGE_KEY)).toBe('x'.repeat(100));
    expect(store.isVisited('a/b')).toBe(true);
  });

  it('can dismiss the notice; the backup stays until deleted', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, 'nope');
    const { store, make } = setup(storage);
    store.dismissRecovery();
    expect(make().status().recovered?.dismissed).toBe(true);
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBe('nope');
    store.deleteBackup(STORAGE_KEY + ':backup');
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBeNull();
    expect(store.status().recovered).toBeUndefined();
  });
});

describe('progress store: storage that is full or turned off', () => {
  it('works in memory when storage is turned off', () => {
    const storage = new FakeStorage();
    storage.disabled = true;
    const { store, timers } = setup(storage);
    expect(store.status().storage).toBe('unavailable');
    store.completeLabStep('lab', 'one');
    timers.runAll();
    store.flush();
    expect(store.labStepsDone('lab')).toEqual(['one']);
    expect(store.backups()).toEqual([]);
  });

  it('works in memory without any storage', () => {
    const { store } = setup(null);
    expect(store.status().storage).toBe('unavailable');
    store.markVisited('a/b', 'en');
    store.flush();
    expect(store.isVisited('a/b')).toBe(true);
  });

  it('reports a full storage, keeps changes, and writes them once there is room', () => {
    const storage = new FakeStorage();
    const { store, timers } = setup(storage);
    storage.quota = 50;
    const statuses: string[] = [];
    store.subscribe((_d, s) => statuses.push(s.storage));
    store.markVisited('foundations/on-premises-and-iaas', 'en');
    timers.runAll();
    expect(store.status().storage).toBe('full');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(statuses).toContain('full');
    storage.quota = Infinity;
    store.markVisited('foundations/container-infrastructure', 'en');
    timers.runAll();
    expect(store.status().storage).toBe('ok');
    expect(Object.keys(stored(storage).lessons).sort()).toEqual([
      'foundations/container-infrastructure',
      'foundations/on-premises-and-iaas',
    ]);
  });

  it('notices a storage that is already full when it starts', () => {
    const storage = new FakeStorage();
    storage.quota = 0;
    const { store } = setup(storage);
    expect(store.status().storage).toBe('full');
  });
});

describe('progress store: two tabs', () => {
  it('follows what another tab writes', () => {
    const storage = new FakeStorage();
    const a = setup(storage);
    const b = setup(storage);
    a.store.markVisited('c/one', 'en');
    a.store.flush();
    const seen: string[][] = [];
    b.store.subscribe((doc) => seen.push(Object.keys(doc.lessons)));
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(b.store.isVisited('c/one')).toBe(true);
    expect(seen).toEqual([['c/one']]);
    // Events for other keys are ignored; the same text twice changes nothing.
    b.store.receive('something-else', 'x');
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(seen.length).toBe(1);
  });

  it('replays its own unwritten changes on top of the other tab', () => {
    const storage = new FakeStorage();
    const a = setup(storage);
    const b = setup(storage);
    b.store.completeLabStep('lab', 'b-step'); // pending in b
    a.store.completeLabStep('lab', 'a-step');
    a.store.flush();
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(b.store.labStepsDone('lab').sort()).toEqual(['a-step', 'b-step']);
    b.timers.runAll();
    expect(Object.keys(stored(storage).labs.lab.steps).sort()).toEqual(['a-step', 'b-step']);
  });

  it('does not undo the other tab even when the event has not arrived yet', () => {
    const storage = new FakeStorage();
    const a = setup(storage);
    const b = setup(storage);
    a.store.recordQuizAttempt('q', { score: 1, total: 2, answers: {} });
    a.store.flush();
    b.store.markVisited('x/y', 'en');
    b.store.flush();
    const doc = stored(storage);
    expect(doc.quizzes.q.best.score).toBe(1);
    expect(doc.lessons['x/y']).toBeDefined();
  });

  it('follows a reset and a cleared storage', () => {
    const storage = new FakeStorage();
    const a = setup(storage);
    const b = setup(storage);
    a.store.markVisited('c/one', 'en');
    a.store.flush();
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    a.store.resetAll();
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(b.store.isVisited('c/one')).toBe(false);
    a.store.markVisited('c/two', 'en');
    a.store.flush();
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    storage.data.clear();
    b.store.receive(null, null);
    expect(b.store.get().lessons).toEqual({});
  });
});

describe('progress store: export and import', () => {
  it('refuses bad files with a reason and changes nothing', () => {
    const { store, storage } = setup();
    store.markVisited('a/b', 'en');
    store.flush();
    const before = storage!.getItem(STORAGE_KEY);
    expect(previewImport(store.get(), '')).toEqual({ ok: false, reason: 'The file is empty.' });
    expect(previewImport(store.get(), 'hello')).toEqual({ ok: false, reason: 'The file is not JSON.' });
    expect(previewImport(store.get(), '[1,2]')).toMatchObject({ ok: false, reason: 'expected an object' });
    const bad = previewImport(store.get(), JSON.stringify({ ...store.exportDoc(), lessons: { 'a/b': { firstVisitedAt: 'yesterday' } } }));
    expect(bad).toEqual({ ok: false, reason: 'lessons.a/b.firstVisitedAt: expected a date and time' });
    expect(storage!.getItem(STORAGE_KEY)).toBe(before);
    expect(store.isVisited('a/b')).toBe(true);
  });

  it('previews changes, and export → reset → import gives the same progress back', () => {
    const { store, storage } = setup();
    store.markVisited('c/one', 'en');
    store.markCompleted('c/one');
    store.markVisited('c/two', 'en');
    store.completeLabStep('lab', 's1');
    store.recordQuizAttempt('c/one', { score: 3, total: 4, answers: { q: 'a' } });
    store.flush();
    const file = store.exportJSON();
    const snapshot = store.exportDoc();
    store.resetAll();
    expect(store.get().lessons).toEqual({});
    const preview = previewImport(store.get(), file);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.changes).toEqual([
      { kind: 'lesson', id: 'c/one', from: 'none', to: 'read' },
      { kind: 'lesson', id: 'c/two', from: 'none', to: 'visited' },
      { kind: 'lab', id: 'lab', from: '0', to: '1' },
      { kind: 'quiz', id: 'c/one', from: '—', to: '75%' },
    ]);
    store.importDoc(preview.doc);
    const back = store.exportDoc();
    expect(back.lessons).toEqual(snapshot.lessons);
    expect(back.labs).toEqual(snapshot.labs);
    expect(back.quizzes).toEqual(snapshot.quizzes);
    expect(stored(storage!).quizzes).toEqual(snapshot.quizzes);
    expect(diff(store.exportDoc(), snapshot)).toEqual([]);
  });

  it('imports a version 1 file by migrating it', () => {
    const { store } = setup();
    const p = previewImport(store.get(), 
      JSON.stringify({ version: 1, updated: 0, visited: ['a/b'], completed: [], labSteps: {}, quizBest: {} }),
    );
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.doc.version).toBe(3);
  });

  it('exports the review queue and question hashes, and imports them back', () => {
    const { store, storage } = setup();
    store.recordQuizAttempt('a/b', { score: 1, total: 2, answers: { q1: 'x', q2: 'y' }, hashes: { q1: 'h1', q2: 'h2' } });
    store.reviewMiss('a/b', 'q2', 'h2');
    store.flush();
    const file = store.exportJSON();
    expect(JSON.parse(file).review['a/b#q2']).toMatchObject({ quiz: 'a/b', question: 'q2', step: 0 });
    store.resetAll();
    expect(store.review()).toEqual({});
    const p = previewImport(store.get(), file);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.changes).toContainEqual({ kind: 'review', id: 'review', from: '0', to: '1' });
    store.importDoc(p.doc);
    expect(store.review()['a/b#q2'].hash).toBe('h2');
    expect(store.quiz('a/b')?.last.hashes).toEqual({ q1: 'h1', q2: 'h2' });
    expect(stored(storage!).review['a/b#q2']).toBeDefined();
  });
});

describe('progress store: version 2 documents', () => {
  it('migrates a stored version 2 document, keeping everything, and writes version 3', () => {
    const storage = new FakeStorage();
    const at = '2026-01-02T03:04:05.000Z';
    const v2 = {
      version: 2,
      createdAt: at,
      updatedAt: at,
      lessons: { 'a/b': { firstVisitedAt: at, lastVisitedAt: at, completedAt: at } },
      labs: { lab: { steps: { one: at } } },
      quizzes: { 'a/b': { attempts: 2, best: { score: 3, total: 4, at }, last: { score: 2, total: 4, at, answers: { q1: 'x' } } } },
      last: { lessonId: 'a/b', lang: 'ko', at },
    };
    storage.setItem(STORAGE_KEY, JSON.stringify(v2));
    const { store, timers } = setup(storage);
    expect(store.get()).toEqual({ ...v2, version: 3, review: {} });
    expect(store.status().recovered).toBeUndefined();
    store.reviewMiss('a/b', 'q1', 'h');
    timers.runAll();
    const written = stored(storage);
    expect(written.version).toBe(3);
    expect(written.quizzes).toEqual(v2.quizzes);
    expect(Object.keys(written.review)).toEqual(['a/b#q1']);
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBeNull();
  });

  it('sets a broken version 2 document aside like any unreadable one', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 2, createdAt: 'x', updatedAt: 'y', lessons: {}, labs: {}, quizzes: {} });
    storage.setItem(STORAGE_KEY, raw);
    const { store } = setup(storage);
    expect(store.status().recovered?.reason).toBe('createdAt: expected a date and time');
    expect(storage.getItem(STORAGE_KEY + ':backup')).toBe(raw);
    expect(store.get().version).toBe(3);
  });
});

describe('progress store: the review queue', () => {
  const DAY = 86_400_000;
  it('schedules a missed question 1, 3, 7 and 21 days out, on the injected clock', () => {
    const { store, tick } = setup();
    store.reviewMiss('a/b', 'q', 'h');
    const e0 = store.review()['a/b#q'];
    expect(e0).toMatchObject({ quiz: 'a/b', question: 'q', hash: 'h', step: 0, due: '2026-01-06T10:00:00.000Z' });
    tick(DAY);
    store.reviewPass('a/b', 'q');
    expect(store.review()['a/b#q']).toMatchObject({ step: 1, due: '2026-01-09T10:00:00.000Z' });
    tick(3 * DAY);
    store.reviewPass('a/b', 'q');
    expect(store.review()['a/b#q']).toMatchObject({ step: 2, due: '2026-01-16T10:00:00.000Z' });
    tick(7 * DAY);
    store.reviewPass('a/b', 'q');
    expect(store.review()['a/b#q']).toMatchObject({ step: 3, due: '2026-02-06T10:00:00.000Z' });
    tick(21 * DAY);
    store.reviewPass('a/b', 'q');
    expect(store.review()['a/b#q']).toBeUndefined();
  });

  it('starts over after a miss', () => {
    const { store, tick } = setup();
    store.reviewMiss('a/b', 'q', 'h');
    tick(DAY);
    store.reviewPass('a/b', 'q');
    tick(3 * DAY);
    store.reviewMiss('a/b', 'q', 'h');
    expect(store.review()['a/b#q']).toMatchObject({ step: 0, due: '2026-01-10T10:00:00.000Z', missedAt: '2026-01-09T10:00:00.000Z' });
  });

  it('drops entries on request, and with their lesson', () => {
    const { store } = setup();
    store.reviewMiss('a/b', 'q1', 'h');
    store.reviewMiss('a/b', 'q2', 'h');
    store.reviewMiss('c/d', 'q1', 'h');
    store.dropReviews(['a/b#q1']);
    expect(Object.keys(store.review()).sort()).toEqual(['a/b#q2', 'c/d#q1']);
    store.resetLesson('a/b');
    expect(Object.keys(store.review())).toEqual(['c/d#q1']);
  });

  it('keeps two tabs in step', () => {
    const storage = new FakeStorage();
    const a = setup(storage);
    const b = setup(storage);
    a.store.reviewMiss('a/b', 'q', 'h');
    a.store.flush();
    b.store.receive(STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(b.store.review()['a/b#q']).toBeDefined();
    b.store.reviewMiss('c/d', 'q', 'h');
    a.store.reviewMiss('e/f', 'q', 'h');
    a.store.flush();
    b.store.flush();
    expect(Object.keys(stored(storage).review).sort()).toEqual(['a/b#q', 'c/d#q', 'e/f#q']);
  });
});
