/**
 * One rendered question (QuizQuestion.astro) in the page: read and write its answer, show a verdict alone
 * (while the learner may still retry) or the whole answer, and clear it for another try. Shared by the
 * lesson's quiz and the review page.
 */
import { shuffle, shuffleAway, type Answer, type Key, type Verdict } from './grading';

export type Strings = Record<string, string>;

export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode) => root.querySelector<T>(sel);

export const keyOfItem = (li: HTMLElement): Key => JSON.parse(li.dataset.key ?? '{}') as Key;

export function readAnswer(li: HTMLElement, key: Key): Answer | undefined {
  const kind = key.kind;
  if (kind === 'single' || kind === 'truefalse') {
    const el = $<HTMLInputElement>('input:checked', li);
    return el ? (kind === 'truefalse' ? el.value === 'true' : el.value) : undefined;
  }
  if (kind === 'multiple') {
    const vals = [...li.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    return vals.length ? vals : undefined;
  }
  if (kind === 'order') return [...li.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step ?? '');
  const v = $<HTMLInputElement>('input', li)?.value.trim() ?? '';
  return v || undefined;
}

export function writeAnswer(li: HTMLElement, key: Key, a: Answer): void {
  if (key.kind === 'order' && Array.isArray(a)) {
    const list = $('[data-order]', li)!;
    const byId = new Map([...list.children].map((c) => [(c as HTMLElement).dataset.step, c]));
    if (a.length === byId.size && a.every((s) => byId.has(s))) for (const s of a) list.append(byId.get(s)!);
  } else if (key.kind === 'command' && typeof a === 'string') {
    const input = $<HTMLInputElement>('input', li);
    if (input) input.value = a;
  } else {
    const vals = Array.isArray(a) ? a : [String(a)];
    for (const input of li.querySelectorAll<HTMLInputElement>('input')) input.checked = vals.includes(input.value);
  }
}

function describe(li: HTMLElement, fb: HTMLElement): void {
  const fieldset = $<HTMLFieldSetElement>('fieldset', li)!;
  const hint = fieldset.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
  fieldset.setAttribute('aria-describedby', `${hint} ${fb.id}`.trim());
}

/** The verdict only: right, or "try again" without the right answer. The question is locked. */
export function showVerdict(li: HTMLElement, v: Verdict, S: Strings): void {
  const fb = $('[data-feedback]', li)!;
  fb.hidden = false;
  fb.toggleAttribute('data-correct', v.correct);
  $('[data-feedback-verdict]', li)!.textContent = v.correct ? S.correct : `${v.answered ? S.incorrect : S.unanswered} ${S.tryAgain}`;
  for (const part of li.querySelectorAll<HTMLElement>('[data-answer], [data-parser]')) part.hidden = true;
  li.dataset.phase = 'retry';
  $<HTMLFieldSetElement>('fieldset', li)!.disabled = true;
  describe(li, fb);
}

/** Everything: the verdict, each choice marked right or wrong with its reason, the explanation, the output. */
export function reveal(li: HTMLElement, key: Key, v: Verdict, a: Answer | undefined, S: Strings): void {
  const fb = $('[data-feedback]', li)!;
  fb.hidden = false;
  fb.toggleAttribute('data-correct', v.correct);
  delete li.dataset.phase;
  $('[data-feedback-verdict]', li)!.textContent = v.correct ? S.correct : v.answered ? S.incorrect : S.unanswered;
  for (const part of li.querySelectorAll<HTMLElement>('[data-answer]')) part.hidden = false;
  const parser = $('[data-parser]', li);
  if (parser) {
    parser.hidden = !v.error;
    $('[data-parser-text]', parser)!.textContent = v.error ?? '';
  }
  if (key.kind === 'single' || key.kind === 'multiple' || key.kind === 'truefalse') {
    const chosen = new Set(Array.isArray(a) ? a : a === undefined ? [] : [String(a)]);
    const right = new Set(
      key.kind === 'single' ? [key.correct] : key.kind === 'multiple' ? key.correct : [String(key.answer)],
    );
    for (const c of li.querySelectorAll<HTMLElement>('[data-choice]')) {
      const cid = c.dataset.choice ?? '';
      const isRight = right.has(cid);
      const isChosen = chosen.has(cid);
      c.dataset.state = isRight ? 'right' : isChosen ? 'wrong' : 'neutral';
      const why = $('[data-why]', c);
      if (why) {
        why.hidden = false;
        const note = isChosen ? ` (${S.yourChoice})` : isRight && key.kind === 'multiple' ? ` (${S.missedChoice})` : '';
        $('[data-verdict]', why)!.textContent = `${isRight ? '✓ ' + S.rightChoice : '✗ ' + S.wrongChoice}${note}:`;
      }
    }
  }
  $<HTMLFieldSetElement>('fieldset', li)!.disabled = true;
  describe(li, fb);
}

/** Back to a blank question; `reshuffle` also changes the order of its choices or steps. */
export function clearItem(li: HTMLElement, key: Key, reshuffle: boolean): void {
  $('[data-feedback]', li)!.hidden = true;
  delete li.dataset.phase;
  for (const c of li.querySelectorAll<HTMLElement>('[data-choice]')) delete c.dataset.state;
  for (const w of li.querySelectorAll<HTMLElement>('[data-why]')) w.hidden = true;
  const fieldset = $<HTMLFieldSetElement>('fieldset', li)!;
  fieldset.disabled = false;
  fieldset.setAttribute('aria-describedby', fieldset.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
  if (!reshuffle) return;
  for (const input of li.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = false;
    if (input.type === 'text') input.value = '';
  }
  if (key.kind === 'single' || key.kind === 'multiple') {
    const list = $('.quiz-choices', li)!;
    for (const c of shuffle([...list.children])) list.append(c);
  } else if (key.kind === 'order') {
    const list = $('[data-order]', li)!;
    const byId = new Map([...list.children].map((c) => [(c as HTMLElement).dataset.step ?? '', c]));
    for (const s of shuffleAway(key.steps)) list.append(byId.get(s)!);
  }
}

/** Order questions: move a step up or down; the button keeps focus, the new place is announced. */
export function bindMoves(root: HTMLElement, live: HTMLElement, S: Strings): void {
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-move]');
    if (button) moveStep(button, live, S);
  });
}

/** Moves the step of a move button (`data-move` -1 or 1) and announces its new place. */
export function moveStep(button: HTMLElement, live: HTMLElement, S: Strings): void {
  if (button.closest('fieldset')?.disabled) return;
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
    step: $('.quiz-step-text', step)?.textContent ?? '',
    n: all.indexOf(step) + 1,
    total: all.length,
  });
}

/** The first control of a question, for focus. */
export const firstControl = (li: HTMLElement) => $<HTMLElement>('input, [data-move]', li);
