/**
 * The browser's progress store: one per page, bound to localStorage, the `storage` event and page hiding.
 *
 *   import { getProgressStore } from '../progress/store';
 *   const store = getProgressStore();
 *   store.completeLabStep('vagrant-first-vm', 'init');
 *   const off = store.subscribe((doc, status) => { ... });
 *
 * See core.ts for the whole API (labStepsDone, completeLabStep, resetLab, markVisited, markCompleted,
 * recordQuizAttempt, quiz, resetLesson, resetAll, exportJSON, importDoc, backups, flush); transfer.ts
 * checks import files (previewImport).
 */
import { ProgressStore, type StorageLike } from './core';

export { ProgressStore, STORAGE_KEY } from './core';
export type { StoreStatus, QuizAttempt, StorageLike } from './core';
export type { ProgressDoc, QuizRecord, QuizAnswer, LessonRecord } from './doc';

let instance: ProgressStore | null = null;

function localStorageOrNull(): StorageLike | null {
  try {
    const s = window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export function getProgressStore(): ProgressStore {
  if (instance) return instance;
  const store = new ProgressStore({ storage: localStorageOrNull() });
  instance = store;
  addEventListener('storage', (e) => {
    if (e.storageArea === null || e.storageArea === localStorageOrNull()) store.receive(e.key, e.newValue);
  });
  // Leaving or hiding the page writes what is pending.
  addEventListener('pagehide', () => store.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.flush();
  });
  return store;
}
