/**
 * The progress page's managing actions, loaded the first time one is used: the confirm dialog, lesson and
 * whole resets, the import preview, and the list of data set aside when saved progress could not be read.
 */
import { download } from './download';
import { previewImport, type Change } from './transfer';
import type { ProgressDoc } from './doc';
import type { ProgressStore } from './core';

export interface ManageContext {
  page: HTMLElement;
  store: ProgressStore;
  S: Record<string, string>;
  title: (lessonId: string) => string;
  lesson: (lessonId: string) => { id: string; title: string; quiz?: string; lab?: string } | undefined;
  fill: (text: string, vars: Record<string, string | number>) => string;
}

let pending: { doc: ProgressDoc; file: string } | null = null;

export function manage(ctx: ManageContext) {
  const { page, store, S, fill } = ctx;
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => page.querySelector<T>(sel)!;
  const message = $('[data-message]');
  const dialog = $<HTMLDialogElement>('[data-confirm]');
  const preview = $('[data-import-preview]');

  function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
    message.dataset.kind = kind;
    message.textContent = text;
  }

  function confirmThen(text: string, action: () => void): void {
    $('[data-confirm-text]').textContent = text;
    dialog.returnValue = '';
    dialog.addEventListener(
      'close',
      () => {
        if (dialog.returnValue === 'ok') action();
      },
      { once: true },
    );
    dialog.showModal();
  }

  function describe(c: Change): string {
    const state = (v: string) => (v === 'read' ? S.stateRead : v === 'visited' ? S.stateVisited : S.stateNone);
    const name = ctx.title(c.id);
    if (c.kind === 'lesson') return fill(S.changeLesson, { id: name, from: state(c.from), to: state(c.to) });
    if (c.kind === 'lab') return fill(S.changeLab, { id: c.id, from: c.from, to: c.to });
    if (c.kind === 'review') return fill(S.changeReview, { from: c.from, to: c.to });
    return fill(S.changeQuiz, { id: name, from: c.from, to: c.to });
  }

  /** A click on one of the managing buttons. */
  function click(t: HTMLElement): void {
    if (t.dataset.resetLesson) {
      const l = ctx.lesson(t.dataset.resetLesson);
      if (!l) return;
      confirmThen(fill(S.confirmResetLesson, { title: l.title }), () => {
        store.resetLesson(l.id, { quizId: l.quiz, labId: l.lab });
        say(fill(S.lessonResetDone, { title: l.title }));
      });
    } else if (t.hasAttribute('data-reset-all')) {
      confirmThen(S.confirmResetAll, () => {
        store.resetAll();
        say(S.resetDone);
      });
    } else if (t.hasAttribute('data-import-apply') && pending) {
      store.importDoc(pending.doc);
      say(fill(S.importDone, { file: pending.file }));
      pending = null;
      preview.hidden = true;
    } else if (t.hasAttribute('data-import-cancel')) {
      pending = null;
      preview.hidden = true;
      say('');
    }
  }

  /** A file chosen to import: check it and show what importing it would change. */
  async function importFile(file: File): Promise<void> {
    pending = null;
    preview.hidden = true;
    let text: string;
    try {
      text = file.size > 5_000_000 ? '' : await file.text();
    } catch {
      text = '';
    }
    const res = previewImport(store.get(), text);
    if (!res.ok) {
      say(fill(S.importRefused, { file: file.name, reason: res.reason }), 'error');
      return;
    }
    say('');
    pending = { doc: res.doc, file: file.name };
    $('[data-import-title]').textContent = res.changes.length ? fill(S.importPreview, { file: file.name }) : S.importNoChanges;
    $('[data-import-changes]').replaceChildren(
      ...res.changes.map((c) => {
        const li = document.createElement('li');
        li.textContent = describe(c);
        return li;
      }),
    );
    preview.hidden = false;
    $('[data-import-apply]').focus();
  }

  /** The data set aside, each with a download and a delete button; hidden when there is none. */
  function backups(): void {
    const list = store.backups();
    $('[data-backups]').hidden = list.length === 0;
    $('[data-backup-list]').replaceChildren(
      ...list.map((b) => {
        const li = document.createElement('li');
        const code = document.createElement('code');
        code.textContent = `${b.key} (${b.raw.length} B)`;
        const dl = document.createElement('button');
        dl.type = 'button';
        dl.className = 'button secondary small';
        dl.textContent = S.downloadBackup;
        dl.addEventListener('click', () => download('cloud-dx-course-unreadable-progress.txt', b.raw, 'text/plain'));
        const del = document.createElement('button');
        del.type = 'button';
        del.className = 'button danger small';
        del.textContent = S.deleteBackup;
        del.addEventListener('click', () =>
          confirmThen(S.confirmDeleteBackup, () => {
            store.deleteBackup(b.key);
            backups();
          }),
        );
        li.append(code, dl, del);
        return li;
      }),
    );
  }

  return { click, importFile, backups };
}
