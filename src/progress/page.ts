/**
 * The progress page: per-lesson table, overall percentage, continue link, review and certificate state,
 * export; resets, import and set-aside data load their code on first use (manage.ts).
 */
import { getProgressStore } from './store';
import { download, exportFileName } from './download';
import { completion, lessonSummary, overallPercent, type LessonUnits } from './summary';
import { dueEntries } from './review';
import type { ProgressDoc } from './store';

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
  const fileInput = $<HTMLInputElement>('[data-import]');

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

    // Data set aside: only when saved progress could not be read, so its code loads then.
    if (store.backups().length || !$('[data-backups]').hidden) void actions().then((m) => m.backups());
  }

  // Export and the file picker act at once (the picker needs the click's user activation); the other
  // managing actions load their code on first use.
  let loaded: Promise<ReturnType<typeof import('./manage').manage>> | null = null;
  const actions = () =>
    (loaded ??= import('./manage').then((m) =>
      m.manage({ page, store, S, fill, title: (id) => byId.get(id)?.title ?? id, lesson: (id) => byId.get(id) }),
    ));
  const managing = '[data-reset-lesson], [data-reset-all], [data-import-apply], [data-import-cancel]';
  page.addEventListener('click', (e) => {
    const t = (e.target as Element).closest<HTMLElement>('button');
    if (!t) return;
    if (t.hasAttribute('data-export')) download(exportFileName(), store.exportJSON());
    else if (t.hasAttribute('data-import-button')) fileInput.click();
    else if (t.matches(managing)) void actions().then((m) => m.click(t));
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void actions().then((m) => m.importFile(file));
  });

  render(store.get());
  store.subscribe((doc) => render(doc));
}
