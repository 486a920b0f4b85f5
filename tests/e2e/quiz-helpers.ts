/** Shared by the quiz and progress specs: open a lesson's quiz and answer it like a learner. */
import { expect, type Page, type Locator } from '@playwright/test';

type Key =
  | { kind: 'single'; correct: string }
  | { kind: 'multiple'; correct: string[] }
  | { kind: 'truefalse'; answer: boolean }
  | { kind: 'order'; steps: string[] }
  | { kind: 'command'; expected: string[] };

export async function openQuiz(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const quiz = page.locator('section.quiz');
  await quiz.scrollIntoViewIfNeeded();
  // The quiz logic loads when the quiz comes near the screen (or is touched); a busy machine may be slow.
  await expect(quiz).toHaveAttribute('data-ready', '', { timeout: 30_000 });
  return quiz;
}

/**
 * Answers every question the way a learner does (clicking labels, moving steps with the buttons,
 * typing), reading what is right from the quiz's own markup (a predict question's key is that of the
 * choices it shows), skipping locked questions. `wrong` lists questions to get wrong;
 * `typed` gives other spellings for command answers.
 */
export async function answerAll(quiz: Locator, opts: { wrong?: string[]; typed?: Record<string, string> } = {}) {
  const items = quiz.locator('li.quiz-q');
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const id = (await item.getAttribute('data-qid'))!;
    const key = JSON.parse((await item.getAttribute('data-key'))!) as Key;
    const wrong = opts.wrong?.includes(id);
    // Questions locked after a check (answered right, while the missed ones are retried) keep their answer.
    if (await item.locator('fieldset').evaluate((f) => (f as HTMLFieldSetElement).disabled)) continue;
    if (key.kind === 'single') {
      const values = await item.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const pick = wrong ? values.find((v) => v !== key.correct)! : key.correct;
      await item.locator(`[data-choice="${pick}"] label`).click();
    } else if (key.kind === 'multiple') {
      const picks = wrong ? key.correct.slice(1) : key.correct;
      if (wrong && picks.length === 0) continue;
      for (const c of picks) await item.locator(`[data-choice="${c}"] input`).check();
    } else if (key.kind === 'truefalse') {
      await item.locator(`input[value="${String(wrong ? !key.answer : key.answer)}"]`).check();
    } else if (key.kind === 'order') {
      if (wrong) continue; // the steps start out of order
      for (let pos = 0; pos < key.steps.length; pos++) {
        const step = item.locator(`[data-step="${key.steps[pos]}"]`);
        const ids = await item.locator('[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
        for (let at = ids.indexOf(key.steps[pos]); at > pos; at--) await step.locator('[data-move="-1"]').click();
      }
    } else {
      await item.locator('input').fill(wrong ? 'echo wrong' : (opts.typed?.[id] ?? key.expected[0]));
    }
  }
}

