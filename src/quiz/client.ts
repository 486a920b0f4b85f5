/**
 * The quiz in the page: reads answers from the server-rendered form, grades them, shows why each answer
 * is right or wrong, records the attempt in the progress store, and restores the last attempt on return.
 */
import { getProgressStore } from '../progress/store';
import type { QuizRecord } from '../progress/doc';
import { gradeQuiz, shuffle, shuffleAway, type Answer, type Key, type QuizResult } from './grade';

type Strings = Record<string, string>;

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const pct = (score: number, total: number) => (total ? Math.round((score / total) * 100) : 0);

export function mountQuiz(section: HTMLElement): void {
  if (section.dataset.ready !== undefined) return;
  const quizId = section.dataset.quizId ?? '';
  const S = JSON.parse(section.dataset.strings ?? '{}') as Strings;
  const form = section.querySelector('form') as HTMLFormElement;
  const items = [...section.querySelectorAll<HTMLElement>('.quiz-q')];
  const keys: Record<string, Key> = {};
  for (const li of items) keys[li.dataset.qid ?? ''] = JSON.parse(li.dataset.key ?? '{}') as Key;
  const q = <T extends Element = HTMLElement>(sel: string, root: ParentNode = section) => root.querySelector<T>(sel);
  const checkButton = q<HTMLButtonElement>('[data-check]')!;
  const retryButton = q<HTMLButtonElement>('[data-retry]')!;
  const retryHint = q('[data-retry-hint]');
  const scoreLine = q('[data-score]')!;
  const bestLine = q('[data-quiz-best]')!;
  const warning = q('[data-warning]')!;
  const live = q('[data-live]')!;
  const store = getProgressStore();
  let checked = false;
  let warned = false;

  // ------------------------------------------------------------------ answers in and out of the form

  function readAnswers(): Record<string, Answer> {
    const out: Record<string, Answer> = {};
    for (const li of items) {
      const id = li.dataset.qid ?? '';
      const kind = keys[id].kind;
      if (kind === 'single' || kind === 'truefalse') {
        const el = q<HTMLInputElement>('input:checked', li);
        if (el) out[id] = kind === 'truefalse' ? el.value === 'true' : el.value;
      } else if (kind === 'multiple') {
        const vals = [...li.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
        if (vals.length) out[id] = vals;
      } else if (kind === 'order') {
        out[id] = [...li.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step ?? '');
      } else {
        const v = q<HTMLInputElement>('input', li)?.value.trim() ?? '';
        if (v) out[id] = v;
      }
    }
    return out;
  }

  function writeAnswers(answers: Record<string, Answer>): void {
    for (const li of items) {
      const id = li.dataset.qid ?? '';
      const a = answers[id];
      if (a === undefined) continue;
      const kind = keys[id].kind;
      if (kind === 'order' && Array.isArray(a)) {
        const list = q('[data-order]', li)!;
        const byId = new Map([...list.children].map((c) => [(c as HTMLElement).dataset.step, c]));
        if (a.length === byId.size && a.every((s) => byId.has(s))) for (const s of a) list.append(byId.get(s)!);
      } else if (kind === 'command' && typeof a === 'string') {
        const input = q<HTMLInputElement>('input', li);
        if (input) input.value = a;
      } else {
        const vals = Array.isArray(a) ? a : [String(a)];
        for (const input of li.querySelectorAll<HTMLInputElement>('input')) input.checked = vals.includes(input.value);
      }
    }
  }

  // ------------------------------------------------------------------ showing results

  function showResult(result: QuizResult, answers: Record<string, Answer>): void {
    for (const li of items) {
      const id = li.dataset.qid ?? '';
      const key = keys[id];
      const v = result.verdicts[id];
      const fb = q('[data-feedback]', li)!;
      fb.hidden = false;
      fb.toggleAttribute('data-correct', v.correct);
      q('[data-feedback-verdict]', li)!.textContent = v.correct ? S.correct : v.answered ? S.incorrect : S.unanswered;
      const parser = q('[data-parser]', li);
      if (parser) {
        parser.hidden = !v.error;
        q('[data-parser-text]', parser)!.textContent = v.error ?? '';
      }
      if (key.kind === 'single' || key.kind === 'multiple' || key.kind === 'truefalse') {
        const a = answers[id];
        const chosen = new Set(Array.isArray(a) ? a : a === undefined ? [] : [String(a)]);
        const right = new Set(
          key.kind === 'single' ? [key.correct] : key.kind === 'multiple' ? key.correct : [String(key.answer)],
        );
        for (const c of li.querySelectorAll<HTMLElement>('[data-choice]')) {
          const cid = c.dataset.choice ?? '';
          const isRight = right.has(cid);
          const isChosen = chosen.has(cid);
          c.dataset.state = isRight ? 'right' : isChosen ? 'wrong' : 'neutral';
          const why = q('[data-why]', c);
          if (why) {
            why.hidden = false;
            const note = isChosen ? ` (${S.yourChoice})` : isRight && key.kind === 'multiple' ? ` (${S.missedChoice})` : '';
            q('[data-verdict]', why)!.textContent = `${isRight ? '✓ ' + S.rightChoice : '✗ ' + S.wrongChoice}${note}:`;
          }
        }
      }
      const fieldset = q<HTMLFieldSetElement>('fieldset', li)!;
      fieldset.disabled = true;
      // The verdict and the explanation become part of the question's description.
      const hint = fieldset.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
      fieldset.setAttribute('aria-describedby', `${hint} ${fb.id}`.trim());
    }
    const p = pct(result.score, result.total);
    scoreLine.textContent =
      fill(S.score, { score: result.score, total: result.total, percent: p }) +
      (result.score === result.total ? ' ' + S.perfect : '');
    scoreLine.hidden = false;
    checkButton.hidden = true;
    retryButton.hidden = false;
    if (retryHint) retryHint.hidden = false;
    warning.hidden = true;
    checked = true;
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

  function clearResult(): void {
    for (const li of items) {
      q('[data-feedback]', li)!.hidden = true;
      for (const c of li.querySelectorAll<HTMLElement>('[data-choice]')) delete c.dataset.state;
      for (const w of li.querySelectorAll<HTMLElement>('[data-why]')) w.hidden = true;
      const fieldset = q<HTMLFieldSetElement>('fieldset', li)!;
      fieldset.disabled = false;
      fieldset.setAttribute('aria-describedby', fieldset.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    }
    scoreLine.hidden = true;
    checkButton.hidden = false;
    retryButton.hidden = true;
    if (retryHint) retryHint.hidden = true;
    checkButton.textContent = S.check;
    warning.hidden = true;
    checked = false;
    warned = false;
  }

  // ------------------------------------------------------------------ actions

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (checked) return;
    const answers = readAnswers();
    const result = gradeQuiz(keys, answers);
    const missing = Object.values(result.verdicts).filter((v) => !v.answered).length;
    if (missing > 0 && !warned) {
      warned = true;
      warning.textContent = missing === 1 ? S.unansweredOne : fill(S.unansweredCount, { count: missing });
      warning.hidden = false;
      checkButton.textContent = S.checkAnyway;
      return;
    }
    showResult(result, answers);
    const rec = store.recordQuizAttempt(quizId, { score: result.score, total: result.total, answers });
    const lessonId = document.querySelector<HTMLElement>('[data-progress-boot]')?.dataset.currentLesson;
    if (lessonId) store.markCompleted(lessonId);
    store.flush();
    showBest(rec);
    scoreLine.focus();
  });

  retryButton.addEventListener('click', () => {
    clearResult();
    for (const li of items) {
      const kind = keys[li.dataset.qid ?? ''].kind;
      for (const input of li.querySelectorAll<HTMLInputElement>('input')) {
        input.checked = false;
        if (input.type === 'text') input.value = '';
      }
      if (kind === 'single' || kind === 'multiple') {
        const list = q('.quiz-choices', li)!;
        for (const c of shuffle([...list.children])) list.append(c);
      } else if (kind === 'order') {
        const list = q('[data-order]', li)!;
        const key = keys[li.dataset.qid ?? ''] as Extract<Key, { kind: 'order' }>;
        const byId = new Map([...list.children].map((c) => [(c as HTMLElement).dataset.step ?? '', c]));
        for (const s of shuffleAway(key.steps)) list.append(byId.get(s)!);
      }
    }
    q<HTMLElement>('input, [data-move]', items[0])?.focus();
  });

  // Order questions: move a step up or down; the button keeps focus, the new place is announced.
  section.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-move]');
    if (!button || checked) return;
    const step = button.closest<HTMLElement>('[data-step]')!;
    const list = step.parentElement!;
    const delta = Number(button.dataset.move);
    const sibling = delta < 0 ? step.previousElementSibling : step.nextElementSibling;
    if (!sibling) return;
    if (delta < 0) list.insertBefore(step, sibling);
    else list.insertBefore(sibling, step);
    button.focus();
    const all = [...list.children];
    live.textContent = fill(S.moved, {
      step: q('.quiz-step-text', step)?.textContent ?? '',
      n: all.indexOf(step) + 1,
      total: all.length,
    });
  });

  // ------------------------------------------------------------------ coming back

  const rec = store.quiz(quizId);
  showBest(rec);
  if (rec && Object.keys(rec.last.answers).some((id) => id in keys)) {
    writeAnswers(rec.last.answers);
    showResult(gradeQuiz(keys, readAnswers()), readAnswers());
  }
  // Another tab took the quiz: follow its best score.
  store.subscribe(() => showBest(store.quiz(quizId)));
  section.dataset.ready = '';
}
