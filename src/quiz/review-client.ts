/**
 * The review page in the browser: shows the questions the review queue says are due (the page holds every
 * question, hidden), grades each on its own, and moves it along the schedule. Entries whose question no
 * longer exists are taken off the queue with a notice. Command answers need the simulator's parsers, which
 * load only when a due question asks for a command.
 */
import { getProgressStore } from '../progress/store';
import { dueEntries, nextDue, REVIEW_DAYS, reviewKey } from '../progress/review';
import { gradeQuestion, useCommandJudge } from './grading';
import { bindMoves, fill, keyOfItem, readAnswer, reveal, type Strings } from './question-ui';

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

  // Command questions need the simulator's parsers.
  if (due().some((k) => items.get(k)!.dataset.kind === 'command')) {
    useCommandJudge((await import('./command')).sameCommand);
  }

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

  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-review-check]');
    if (!button) return;
    const li = button.closest<HTMLElement>('li.quiz-q')!;
    const k = reviewKey(li.dataset.quiz ?? '', li.dataset.qid ?? '');
    const key = keyOfItem(li);
    const answer = readAnswer(li, key);
    const result = li.querySelector<HTMLElement>('[data-review-result]')!;
    if (answer === undefined && key.kind !== 'order') {
      result.textContent = S.unanswered;
      result.hidden = false;
      result.focus();
      return;
    }
    const v = gradeQuestion(key, answer);
    reveal(li, key, v, answer, S);
    answered.add(k);
    if (v.correct) {
      const step = (store.review()[k]?.step ?? 0) + 1;
      store.reviewPass(li.dataset.quiz ?? '', li.dataset.qid ?? '');
      result.textContent = step >= REVIEW_DAYS.length ? S.passedLast : fill(S.passed, { days: REVIEW_DAYS[step] });
    } else {
      store.reviewMiss(li.dataset.quiz ?? '', li.dataset.qid ?? '', li.dataset.hash ?? '');
      result.textContent = S.missed;
    }
    store.flush();
    button.hidden = true;
    result.hidden = false;
    result.focus();
    render();
  });

  bindMoves(list, $('[data-live]'), S);
  render();
  // Another tab answered or missed questions: follow it.
  store.subscribe(() => render());
  page.dataset.ready = '';
}
