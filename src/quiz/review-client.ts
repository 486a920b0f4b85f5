/**
 * The review page in the browser: shows the questions the review queue says are due (the page holds every
 * question, hidden), grades each on its own, and moves it along the schedule. Entries whose question no
 * longer exists are taken off the queue with a notice. Answering loads its code (review-answer.ts) as soon
 * as the learner reaches the list, so the page's first paint needs only the queue.
 */
import { getProgressStore } from '../progress/store';
import { dueEntries, nextDue, reviewKey } from '../progress/review';

type Strings = Record<string, string>;

const fill = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

const page = document.querySelector<HTMLElement>('[data-review-page]');
if (page) void mount(page);

async function mount(page: HTMLElement): Promise<void> {
  const S = JSON.parse(page.dataset.strings ?? '{}') as Strings;
  const lang = page.dataset.lang ?? 'en';
  const store = getProgressStore();
  const $ = (sel: string) => page.querySelector<HTMLElement>(sel)!;
  const list = $('[data-review-list]');
  const items = new Map<string, HTMLElement>();
  for (const li of list.querySelectorAll<HTMLElement>('li.quiz-q')) items.set(reviewKey(li.dataset.quiz ?? '', li.dataset.qid ?? ''), li);
  /** Answered on this page: they stay in view with their result. */
  const answered = new Set<string>();
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });

  // Entries whose question is gone: off the queue, with a notice.
  const gone = Object.keys(store.review()).filter((k) => !items.has(k));
  if (gone.length) {
    store.dropReviews(gone);
    const note = $('[data-review-dropped]');
    note.textContent = gone.length === 1 ? S.droppedOne : fill(S.dropped, { count: gone.length });
    note.hidden = false;
  }

  const due = () => dueEntries(store.review(), Date.now()).map((e) => reviewKey(e.quiz, e.question)).filter((k) => items.has(k));

  function render(): void {
    const now = Date.now();
    const waitingKeys = due();
    const shown = new Set([...answered, ...waitingKeys]);
    for (const [k, li] of items) li.hidden = !shown.has(k);
    // Due questions in the order they came due, after the ones already answered here.
    for (const k of waitingKeys) if (!answered.has(k)) list.append(items.get(k)!);
    const open = waitingKeys.filter((k) => !answered.has(k)).length;
    $('[data-review-count]').textContent = open === 0 ? S.dueNone : open === 1 ? S.dueOne : fill(S.due, { count: open });
    const later = Object.values(store.review()).filter((e) => Date.parse(e.due) > now).length;
    const next = nextDue(store.review(), now);
    const waiting = $('[data-review-waiting]');
    waiting.textContent =
      later && next !== null
        ? fill(S.waiting, { count: later, date: day.format(new Date(next)) })
        : Object.keys(store.review()).length === 0
          ? S.waitingNone
          : '';
    waiting.hidden = waiting.textContent === '';
    $('[data-review-done]').hidden = !(open === 0 && answered.size > 0);
  }

  let answering: Promise<typeof import('./review-answer')> | null = null;
  const load = () => (answering ??= import('./review-answer'));
  for (const type of ['focusin', 'pointerdown', 'keydown']) list.addEventListener(type, () => void load(), { once: true });
  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-review-check], [data-move]');
    if (!button) return;
    void load().then((m) =>
      m.press(button, store, S, $('[data-live]'), (k) => {
        answered.add(k);
        render();
      }),
    );
  });

  render();
  // Another tab answered or missed questions: follow it.
  store.subscribe(() => render());
  page.dataset.ready = '';
}
