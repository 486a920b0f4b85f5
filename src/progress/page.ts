/** The progress page: per-lesson table, overall percentage, continue link, export, import, resets. */
import { getProgressStore } from './store';
import { download, exportFileName } from './download';
import { completion, lessonSummary, overallPercent, type LessonUnits } from './summary';
import { dueEntries } from './review';
import type { ProgressDoc } from './store';
import { previewImport, type Change } from './transfer';

interface LessonRow extends LessonUnits {
  title: string;
  url: string;
}

const page = document.querySelector<HTMLElement>('[data-progress-page]');
if (page) setup(page);

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

function setup(page: HTMLElement): void {
  const S = JSON.parse(page.dataset.strings ?? '{}') as Record<string, string>;
  const lessons = JSON.parse(page.dataset.lessons ?? '[]') as LessonRow[];
  const chapters = JSON.parse(page.dataset.chapters ?? '[]') as { id: string; lessons: string[] }[];
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const store = getProgressStore();
  const $ = <T extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = page) => root.querySelector<T>(sel)!;
  const message = $('[data-message]');
  const dialog = $<HTMLDialogElement>('[data-confirm]');
  const preview = $('[data-import-preview]');
  const fileInput = $<HTMLInputElement>('[data-import]');
  let pending: { doc: ProgressDoc; file: string } | null = null;

  function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
    message.dataset.kind = kind;
    message.textContent = text;
  }

  function render(doc: Readonly<ProgressDoc>): void {
    for (const l of lessons) {
      const row = page.querySelector<HTMLElement>(`[data-row="${CSS.escape(l.id)}"]`);
      if (!row) continue;
      const sum = lessonSummary(doc, l);
      const read = $('[data-cell="read"]', row);
      read.textContent = sum.state === 'read' ? '✓ ' + S.readDone : sum.state === 'visited' ? S.visited : S.notStarted;
      read.dataset.state = sum.state;
      if (l.lab) $('[data-cell="lab"]', row).textContent = fill(S.labSteps, { done: sum.labDone, total: sum.labTotal });
      if (l.quiz) {
        const q = doc.quizzes[l.quiz];
        $('[data-cell="quiz"]', row).textContent = q
          ? `${fill(S.quizBest, { percent: Math.round((sum.quizBest ?? 0) * 100) })} (${q.best.score}/${q.best.total})`
          : S.quizNone;
      }
    }
    for (const c of chapters) {
      const el = page.querySelector<HTMLElement>(`[data-chapter-summary="${CSS.escape(c.id)}"]`);
      if (!el) continue;
      const done = c.lessons.filter((id) => doc.lessons[id]?.completedAt).length;
      el.textContent = fill(S.chapterSummary, { done, total: c.lessons.length });
    }
    const percent = overallPercent(doc, lessons);
    $('[data-overall]').textContent = fill(S.overallValue, { percent });
    $<HTMLProgressElement>('[data-overall-bar]').value = percent;

    // Review queue and the completion page
    const queued = Object.keys(doc.review).length;
    const due = dueEntries(doc.review, Date.now()).length;
    $('[data-review-summary]').textContent = queued ? fill(S.reviewSummary, { count: due, waiting: queued - due }) : S.reviewNone;
    const done = completion(doc, lessons);
    $('[data-certificate-state]').textContent = done.complete ? S.certificateReady : S.certificateLocked;
    const left = $('[data-certificate-left]');
    left.textContent = done.complete
      ? ''
      : fill(S.certificateLeft, { lessons: done.lessonsLeft, steps: done.stepsLeft, quizzes: done.quizzesLeft });
    left.hidden = done.complete;
    $('[data-certificate-link]').hidden = !done.complete;

    // Continue: the last lesson opened, else the first lesson not yet read.
    const cont = $('[data-continue]');
    const last = doc.last && byId.get(doc.last.lessonId);
    const next = last ?? lessons.find((l) => !doc.lessons[l.id]?.completedAt);
    const a = document.createElement('a');
    a.className = 'button';
    if (next && (last || Object.keys(doc.lessons).length > 0)) {
      a.href = next.url;
      a.textContent = fill(S.continueLesson, { title: next.title });
      cont.replaceChildren(a);
    } else if (lessons[0]) {
      a.href = lessons[0].url;
      a.textContent = S.startCourse;
      cont.replaceChildren(a);
    }

    // Data set aside
    const backups = store.backups();
    const box = $('[data-backups]');
    box.hidden = backups.length === 0;
    $('[data-backup-list]').replaceChildren(
      ...backups.map((b) => {
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
            render(store.get());
          }),
        );
        li.append(code, dl, del);
        return li;
      }),
    );
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

  page.addEventListener('click', (e) => {
    const t = (e.target as Element).closest<HTMLElement>('button');
    if (!t) return;
    if (t.dataset.resetLesson) {
      const l = byId.get(t.dataset.resetLesson);
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
    } else if (t.hasAttribute('data-export')) {
      download(exportFileName(), store.exportJSON());
    } else if (t.hasAttribute('data-import-button')) {
      fileInput.click();
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
  });

  function describe(c: Change): string {
    const state = (v: string) => (v === 'read' ? S.stateRead : v === 'visited' ? S.stateVisited : S.stateNone);
    const name = byId.get(c.id)?.title ?? c.id;
    if (c.kind === 'lesson') return fill(S.changeLesson, { id: name, from: state(c.from), to: state(c.to) });
    if (c.kind === 'lab') return fill(S.changeLab, { id: c.id, from: c.from, to: c.to });
    if (c.kind === 'review') return fill(S.changeReview, { from: c.from, to: c.to });
    return fill(S.changeQuiz, { id: name, from: c.from, to: c.to });
  }

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
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
    $('[data-import-title]').textContent = res.changes.length
      ? fill(S.importPreview, { file: file.name })
      : S.importNoChanges;
    $('[data-import-changes]').replaceChildren(
      ...res.changes.map((c) => {
        const li = document.createElement('li');
        li.textContent = describe(c);
        return li;
      }),
    );
    preview.hidden = false;
    $('[data-import-apply]').focus();
  });

  render(store.get());
  store.subscribe((doc) => render(doc));
}
