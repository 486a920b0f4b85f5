/**
 * The quiz in the page: reads answers from the server-rendered form and grades them. A learner who
 * missed questions may retry just those before the right answers are shown, or show the answers at once.
 * Every check is recorded in the progress store; missed questions join the review queue. On return, the
 * last attempt is shown again, except answers given to a question that has changed since (content hash).
 */
import { getProgressStore } from '../progress/store';
import type { QuizRecord } from '../progress/doc';
import { answerFits, gradeQuiz, useCommandJudge, type Answer, type Key, type QuizResult } from './grading';
import {
  bindMoves,
  clearItem,
  fill,
  firstControl,
  readAnswer,
  reveal,
  showVerdict,
  writeAnswer,
  keyOfItem,
  type Strings,
} from './question-ui';

const pct = (score: number, total: number) => (total ? Math.round((score / total) * 100) : 0);

export async function mountQuiz(section: HTMLElement): Promise<void> {
  if (section.dataset.ready !== undefined || section.dataset.mounting !== undefined) return;
  section.dataset.mounting = '';
  const quizId = section.dataset.quizId ?? '';
  const S = JSON.parse(section.dataset.strings ?? '{}') as Strings;
  const form = section.querySelector('form') as HTMLFormElement;
  const items = [...section.querySelectorAll<HTMLElement>('.quiz-q')];
  const keys: Record<string, Key> = {};
  const hashes: Record<string, string> = {};
  const byId = new Map<string, HTMLElement>();
  for (const li of items) {
    const id = li.dataset.qid ?? '';
    keys[id] = keyOfItem(li);
    hashes[id] = li.dataset.hash ?? '';
    byId.set(id, li);
  }
  const q = <T extends Element = HTMLElement>(sel: string) => section.querySelector<T>(sel)!;
  const checkButton = q<HTMLButtonElement>('[data-check]');
  const retryButton = q<HTMLButtonElement>('[data-retry]');
  const retryMissedButton = q<HTMLButtonElement>('[data-retry-missed]');
  const showAnswersButton = q<HTMLButtonElement>('[data-show-answers]');
  const retryHint = q('[data-retry-hint]');
  const scoreLine = q('[data-score]');
  const missedLine = q('[data-missed]');
  const reviewNote = q('[data-review-note]');
  const bestLine = q('[data-quiz-best]');
  const staleLine = q('[data-stale]');
  const warning = q('[data-warning]');
  const live = q('[data-live]');
  const store = getProgressStore();
  /** answering: questions open; graded: verdicts shown, missed ones may be retried; revealed: answers shown. */
  let phase: 'answering' | 'graded' | 'revealed' = 'answering';
  let warned = false;
  let last: { result: QuizResult; answers: Record<string, Answer> } | null = null;

  // Command answers are judged by the simulator's parsers (command.ts): they load when the learner reaches
  // the quiz's form, or before grading a command answer, not with the quiz.
  let judging: Promise<void> | null = null;
  const judgeReady = () =>
    (judging ??= Object.values(keys).some((k) => k.kind === 'command')
      ? import('./command').then((m) => useCommandJudge(m.sameCommand))
      : Promise.resolve());
  form.addEventListener('focusin', () => void judgeReady(), { once: true });

  const editable = (li: HTMLElement) => !li.querySelector<HTMLFieldSetElement>('fieldset')!.disabled;

  function readAnswers(): Record<string, Answer> {
    const out: Record<string, Answer> = {};
    for (const li of items) {
      const id = li.dataset.qid ?? '';
      const a = readAnswer(li, keys[id]);
      if (a !== undefined) out[id] = a;
    }
    return out;
  }

  function buttons(): void {
    checkButton.hidden = phase !== 'answering';
    retryMissedButton.hidden = phase !== 'graded';
    showAnswersButton.hidden = phase !== 'graded';
    retryButton.hidden = phase !== 'revealed';
    retryHint.hidden = phase !== 'revealed';
    missedLine.hidden = phase !== 'graded';
    if (phase === 'answering') checkButton.textContent = S.check;
    warning.hidden = true;
  }

  function scoreText(result: QuizResult): string {
    return (
      fill(S.score, { score: result.score, total: result.total, percent: pct(result.score, result.total) }) +
      (result.score === result.total ? ' ' + S.perfect : '')
    );
  }

  function revealAll(result: QuizResult, answers: Record<string, Answer>): void {
    for (const li of items) {
      const id = li.dataset.qid ?? '';
      reveal(li, keys[id], result.verdicts[id], answers[id], S);
    }
    scoreLine.textContent = scoreText(result);
    scoreLine.hidden = false;
    phase = 'revealed';
    buttons();
  }

  function showBest(rec: QuizRecord | undefined): void {
    if (!rec) {
      bestLine.hidden = true;
      return;
    }
    const { score, total } = rec.best;
    bestLine.textContent = fill(rec.attempts === 1 ? S.bestOne : S.best, {
      score,
      total,
      percent: pct(score, total),
      attempts: rec.attempts,
    });
    bestLine.hidden = false;
  }

  // ------------------------------------------------------------------ actions

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (phase === 'answering') void judgeReady().then(check);
  });

  function check(): void {
    if (phase !== 'answering') return;
    const answers = readAnswers();
    const result = gradeQuiz(keys, answers);
    const missing = items.filter((li) => editable(li) && !result.verdicts[li.dataset.qid ?? ''].answered).length;
    if (missing > 0 && !warned) {
      warned = true;
      warning.textContent = missing === 1 ? S.unansweredOne : fill(S.unansweredCount, { count: missing });
      warning.hidden = false;
      checkButton.textContent = S.checkAnyway;
      return;
    }
    warned = false;
    last = { result, answers };
    const rec = store.recordQuizAttempt(quizId, { score: result.score, total: result.total, answers, hashes });
    const missed = items.filter((li) => !result.verdicts[li.dataset.qid ?? ''].correct);
    for (const li of missed) store.reviewMiss(quizId, li.dataset.qid ?? '', hashes[li.dataset.qid ?? '']);
    const lessonId = document.querySelector<HTMLElement>('[data-progress-boot]')?.dataset.currentLesson;
    if (lessonId) store.markCompleted(lessonId);
    store.flush();
    showBest(rec);
    staleLine.hidden = true;
    reviewNote.hidden = missed.length === 0;
    scoreLine.textContent = scoreText(result);
    scoreLine.hidden = false;
    if (missed.length === 0) {
      revealAll(result, answers);
    } else {
      for (const li of items) {
        const id = li.dataset.qid ?? '';
        const v = result.verdicts[id];
        if (v.correct) reveal(li, keys[id], v, answers[id], S);
        else showVerdict(li, v, S);
      }
      missedLine.textContent = missed.length === 1 ? S.missedOne : fill(S.missedSome, { count: missed.length });
      phase = 'graded';
      buttons();
    }
    scoreLine.focus();
  }

  retryMissedButton.addEventListener('click', () => {
    if (!last) return;
    const missed = items.filter((li) => li.dataset.phase === 'retry');
    for (const li of missed) clearItem(li, keys[li.dataset.qid ?? ''], true);
    scoreLine.hidden = true;
    phase = 'answering';
    buttons();
    live.textContent = S.retryingNote;
    if (missed[0]) firstControl(missed[0])?.focus();
  });

  showAnswersButton.addEventListener('click', () => {
    if (!last) return;
    revealAll(last.result, last.answers);
    const first = items.find((li) => !last!.result.verdicts[li.dataset.qid ?? ''].correct) ?? items[0];
    first.querySelector<HTMLElement>('[data-feedback]')?.setAttribute('tabindex', '-1');
    first.querySelector<HTMLElement>('[data-feedback]')?.focus();
  });

  retryButton.addEventListener('click', () => {
    for (const li of items) clearItem(li, keys[li.dataset.qid ?? ''], true);
    scoreLine.hidden = true;
    reviewNote.hidden = true;
    phase = 'answering';
    last = null;
    buttons();
    firstControl(items[0])?.focus();
  });

  bindMoves(section, live, S);

  // ------------------------------------------------------------------ coming back

  const rec = store.quiz(quizId);
  showBest(rec);
  if (rec) {
    let stale = 0;
    const kept: Record<string, Answer> = {};
    for (const [id, a] of Object.entries(rec.last.answers)) {
      if (!(id in keys)) continue;
      const h = rec.last.hashes?.[id];
      if (h !== undefined ? h !== hashes[id] : !answerFits(keys[id], a)) stale++;
      else kept[id] = a;
    }
    if (Object.keys(kept).length > 0) {
      for (const [id, a] of Object.entries(kept)) writeAnswer(byId.get(id)!, keys[id], a);
      if (Object.keys(kept).some((id) => keys[id].kind === 'command')) await judgeReady();
      const result = gradeQuiz(keys, kept);
      if (stale === 0) {
        last = { result, answers: kept };
        revealAll(result, kept);
      } else {
        // Show what still fits; the changed questions are open to answer again.
        for (const id of Object.keys(kept)) reveal(byId.get(id)!, keys[id], result.verdicts[id], kept[id], S);
      }
    }
    staleLine.hidden = stale === 0;
  }
  // Another tab took the quiz: follow its best score.
  store.subscribe(() => showBest(store.quiz(quizId)));
  delete section.dataset.mounting;
  section.dataset.ready = '';
}
