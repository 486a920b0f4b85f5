/**
 * Runs on every page (keep it small): marks the current lesson, fills `[data-lesson-id] [data-mark]`,
 * shows the storage notices. Everything follows the store, so other tabs' changes show up here too.
 */
import { getProgressStore } from './store';
import { download, exportFileName } from './download';
import type { ProgressDoc } from './doc';

const root = document.querySelector<HTMLElement>('[data-progress-boot]');
if (root) boot(root);

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

function boot(root: HTMLElement): void {
  const store = getProgressStore();
  const { currentLesson: lessonId, lang = "en" } = root.dataset;
  const text = JSON.parse(root.dataset.marks ?? '{}') as Record<string, string>;
  const map = JSON.parse(root.dataset.map ?? '{}') as Record<string, [string, number, string]>;
  const dismissedKey = 'cloud-dx-course:notice-dismissed';
  const session = (): Storage | null => {
    try {
      return sessionStorage;
    } catch {
      return null;
    }
  };

  function span(cls: string, content: string, label?: string): HTMLElement {
    const el = document.createElement('span');
    el.className = cls;
    el.textContent = content;
    if (label !== undefined) el.setAttribute('aria-hidden', 'true');
    return el;
  }

  function decorate(doc: Readonly<ProgressDoc>): void {
    for (const item of document.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
      const mark = item.querySelector<HTMLElement>('[data-mark]');
      const id = item.dataset.lessonId;
      if (!mark || !id) continue;
      const [lab, steps, quizId] = map[id] ?? ['', 0, id];
      const l = doc.lessons[id];
      const q = doc.quizzes[quizId || id];
      const done = lab ? Object.keys(doc.labs[lab]?.steps ?? {}).length : 0;
      const parts: HTMLElement[] = [];
      const words: string[] = [];
      if (l) {
        const read = Boolean(l.completedAt);
        parts.push(span(read ? 'mark-read' : 'mark-visited', read ? '✓' : '•', ''));
        words.push(read ? text.read : text.visited);
      }
      if (done) {
        parts.push(span('mark-score', `${Math.min(done, steps || done)}/${steps || done}`, ''));
        words.push(fill(text.lab, { done }));
      }
      if (q) {
        const p = q.best.total ? Math.round((q.best.score / q.best.total) * 100) : 0;
        parts.push(span('mark-score', `${p}%`, ''));
        words.push(fill(text.quiz, { percent: p }));
      }
      const label = words.join(', ');
      if (mark.dataset.label === label) continue;
      mark.dataset.label = label;
      mark.replaceChildren(...parts);
      if (label) {
        mark.dataset.state = l?.completedAt ? 'read' : l ? 'visited' : 'started';
        mark.title = label;
        mark.append(span('visually-hidden', label));
      } else delete mark.dataset.state;
    }
  }

  function notices(): void {
    const status = store.status();
    const dismissed = session()?.getItem(dismissedKey) ?? '';
    const show = (kind: string, on: boolean) => {
      const el = root.querySelector<HTMLElement>(`[data-notice="${kind}"]`);
      if (el && el.hidden === on) el.hidden = !on;
    };
    const rec = status.recovered;
    show('corrupt', Boolean(rec && !rec.dismissed));
    if (rec && !rec.dismissed) {
      const reason = root.querySelector<HTMLElement>('[data-reason]');
      if (reason) reason.textContent = fill(reason.dataset.template ?? '{reason}', { reason: rec.reason });
    }
    show('unavailable', status.storage === 'unavailable' && dismissed !== 'unavailable');
    show('full', status.storage === 'full' && dismissed !== 'full');
  }

  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-action]');
    if (!button) return;
    const kind = button.closest<HTMLElement>('[data-notice]')?.dataset.notice ?? '';
    const action = button.dataset.action;
    if (action === 'export') download(exportFileName(), store.exportJSON());
    if (action === 'download-backup') {
      const key = store.status().recovered?.backupKey;
      const raw = store.backups().find((b) => b.key === key)?.raw ?? (key ? localStorage.getItem(key) : null);
      if (raw !== null && raw !== undefined) download('cloud-dx-course-unreadable-progress.txt', raw, 'text/plain');
    }
    if (action === 'dismiss') {
      if (kind === 'corrupt') store.dismissRecovery();
      else {
        try {
          session()?.setItem(dismissedKey, kind);
        } catch {
          /* no session storage either */
        }
      }
      notices();
    }
  });

  if (lessonId) {
    store.markVisited(lessonId, lang);
    // Read: the end of the lesson has been on screen and the page has been open a little while.
    const end = document.querySelector('[data-lesson-end], .prev-next');
    let seenEnd = false;
    let longEnough = false;
    const maybeRead = () => {
      if (seenEnd && longEnough) store.markCompleted(lessonId);
    };
    setTimeout(() => {
      longEnough = true;
      maybeRead();
    }, 15000);
    if (end) {
      const io = new IntersectionObserver((entries) => {
        if (entries.some((x) => x.isIntersecting)) {
          seenEnd = true;
          io.disconnect();
          maybeRead();
        }
      });
      io.observe(end);
    }
  }

  // The header's review link says how many questions are due.
  const reviewLink = document.querySelector<HTMLElement>('[data-review-link]');
  const plain = reviewLink?.textContent ?? '';
  function reviewCount(doc: Readonly<ProgressDoc>): void {
    if (!reviewLink) return;
    const now = Date.now();
    const due = Object.values(doc.review).filter((e) => Date.parse(e.due) <= now).length;
    const label = due ? fill(reviewLink.dataset.template ?? plain, { count: due }) : plain;
    if (reviewLink.textContent !== label) reviewLink.textContent = label;
  }

  decorate(store.get());
  notices();
  reviewCount(store.get());
  store.subscribe((doc) => {
    decorate(doc);
    notices();
    reviewCount(doc);
  });
}
