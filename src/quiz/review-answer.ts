/**
 * Answering on the review page, loaded the first time the learner reaches a question (focus, pointer or
 * key in the list): grades one question, shows its whole answer, and moves it along the schedule. Command
 * answers need the simulator's parsers, which load only for a command question.
 */
import type { ProgressStore } from '../progress/core';
import { REVIEW_DAYS, reviewKey } from '../progress/review';
import { gradeQuestion, useCommandJudge } from './grading';
import { fill, keyOfItem, moveStep, readAnswer, reveal, type Strings } from './question-ui';

let judged = false;

/** A click on a check or move button of the list; `answered` gets the question's queue key when graded. */
export async function press(button: HTMLElement, store: ProgressStore, S: Strings, live: HTMLElement, answered: (k: string) => void): Promise<void> {
  if (button.hasAttribute('data-move')) {
    moveStep(button, live, S);
    return;
  }
  const li = button.closest<HTMLElement>('li.quiz-q')!;
  const quiz = li.dataset.quiz ?? '';
  const qid = li.dataset.qid ?? '';
  const key = keyOfItem(li);
  const answer = readAnswer(li, key);
  const result = li.querySelector<HTMLElement>('[data-review-result]')!;
  if (answer === undefined && key.kind !== 'order') {
    result.textContent = S.unanswered;
    result.hidden = false;
    result.focus();
    return;
  }
  if (key.kind === 'command' && !judged) {
    useCommandJudge((await import('./command')).sameCommand);
    judged = true;
  }
  const v = gradeQuestion(key, answer);
  reveal(li, key, v, answer, S);
  answered(reviewKey(quiz, qid));
  if (v.correct) {
    const step = (store.review()[reviewKey(quiz, qid)]?.step ?? 0) + 1;
    store.reviewPass(quiz, qid);
    result.textContent = step >= REVIEW_DAYS.length ? S.passedLast : fill(S.passed, { days: REVIEW_DAYS[step] });
  } else {
    store.reviewMiss(quiz, qid, li.dataset.hash ?? '');
    result.textContent = S.missed;
  }
  store.flush();
  button.hidden = true;
  result.hidden = false;
  result.focus();
}
