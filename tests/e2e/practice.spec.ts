/** Predict-the-output questions, retrying only the missed questions, and the review queue they feed. */
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';
import { answerAll, openQuiz } from './quiz-helpers';

if (process.env.E2E_BASE_URL) test.use({ baseURL: process.env.E2E_BASE_URL });

const KEY = 'cloud-dx-course:progress';
test.setTimeout(120_000);
const WORKLOADS = '/en/kubernetes-cluster/workloads/';
const PREDICT = 'predict-get-pods-after-delete';

test('retry only the missed questions before the answers are shown; misses join the review queue', async ({ page }) => {
  const errors = watchErrors(page);
  const quiz = await openQuiz(page, WORKLOADS);
  const total = await quiz.locator('li.quiz-q').count();
  await answerAll(quiz, { wrong: [PREDICT, 'self-healing'] });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveText(`You got ${total - 2} of ${total} (${Math.round(((total - 2) / total) * 100)}%).`);
  await expect(quiz.locator('[data-missed]')).toHaveText('You missed 2. Try those again before you see the answers, or show the answers now.');
  const predict = quiz.locator(`[data-qid="${PREDICT}"]`);
  await expect(predict.locator('[data-feedback-verdict]')).toHaveText('Not quite. Try again.');
  // The real output stays hidden until the answers are shown.
  await expect(predict.locator('.quiz-output')).toBeHidden();
  // A right answer is explained at once.
  await expect(quiz.locator('[data-qid="nodeport"] [data-feedback-verdict]')).toHaveText('Correct.');
  await expect(quiz.locator('[data-review-note]')).toBeVisible();

  await quiz.getByRole('button', { name: 'Retry the missed questions' }).click();
  // Only the missed questions open again; the others keep their answers, locked.
  await expect(predict.locator('fieldset')).toBeEnabled();
  await expect(predict.locator('input:checked')).toHaveCount(0);
  // Focus moves to the first missed question.
  await expect(quiz.locator('[data-qid="self-healing"] input').first()).toBeFocused();
  await expect(quiz.locator('[data-qid="nodeport"] fieldset')).toBeDisabled();
  await expect(quiz.locator('[data-live]')).toHaveText(/the ones you got right stay as they are/);
  await answerAll(quiz); // disabled questions keep their answers; the missed ones are answered right
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveText(`You got ${total} of ${total} (100%). Every answer is right.`);
  // Now the real output is shown, with the lines the claims point at highlighted.
  await expect(predict.locator('.quiz-output')).toBeVisible();
  await expect(predict.locator('.quiz-output pre')).toContainText('ContainerCreating');
  await expect(predict.locator('.quiz-output mark')).toHaveCount(3);
  await expect(predict.locator('.quiz-output mark').first()).toContainText('hello-');

  const doc = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(doc.version).toBe(3);
  expect(doc.quizzes['kubernetes-cluster/workloads'].attempts).toBe(2);
  expect(Object.keys(doc.review).sort()).toEqual([`kubernetes-cluster/workloads#${PREDICT}`, 'kubernetes-cluster/workloads#self-healing']);
  expect(doc.review[`kubernetes-cluster/workloads#${PREDICT}`]).toMatchObject({ step: 0 });
  expect(errors).toEqual([]);
});

test('show the answers instead of retrying; a stored answer to a changed question is set aside', async ({ page }) => {
  const quiz = await openQuiz(page, WORKLOADS);
  await answerAll(quiz, { wrong: [PREDICT] });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await quiz.getByRole('button', { name: 'Show the answers' }).click();
  const predict = quiz.locator(`[data-qid="${PREDICT}"]`);
  await expect(predict.locator('[data-feedback-verdict]')).toHaveText('Not quite.');
  await expect(predict.locator('[data-choice="creating"] [data-why]')).toContainText('Right answer');
  await expect(predict.locator('.quiz-output')).toContainText('What the simulator prints:');
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeVisible();

  // The stored hash of one question no longer matches (the question changed since): its answer is dropped.
  await page.evaluate(
    ([k, id]) => {
      const doc = JSON.parse(localStorage.getItem(k)!);
      doc.quizzes['kubernetes-cluster/workloads'].last.hashes[id] = 'old';
      localStorage.setItem(k, JSON.stringify(doc));
    },
    [KEY, PREDICT],
  );
  await page.reload();
  const again = await openQuiz(page, WORKLOADS);
  await expect(again.locator('[data-stale]')).toBeVisible();
  await expect(again.locator(`[data-qid="${PREDICT}"] input:checked`)).toHaveCount(0);
  await expect(again.locator(`[data-qid="${PREDICT}"] [data-feedback]`)).toBeHidden();
  await expect(again.locator('[data-qid="nodeport"] [data-feedback-verdict]')).toHaveText('Correct.');
  await expect(again.getByRole('button', { name: 'Check answers' })).toBeVisible();
});

test('a predict question with output variants, in Korean', async ({ page }) => {
  const quiz = await openQuiz(page, '/ko/vagrant-lab/first-vm/');
  const q = quiz.locator('[data-qid="predict-box-version-600"]');
  await expect(q).toContainText('config.vm.box_version = "6.0.0"');
  await expect(q.locator('.quiz-predict-run')).toContainText('vagrant up');
  await expect(q.locator('.quiz-variant')).toHaveCount(3);
  await q.locator('[data-choice="real"] label').click();
  await answerAll(quiz);
  await quiz.getByRole('button', { name: '채점하기' }).click();
  await expect(q.locator('[data-feedback-verdict]')).toHaveText('정답입니다.');
  await expect(q.locator('.quiz-output')).toContainText('시뮬레이터의 실제 출력:');
  await expect(q.locator('.quiz-output mark').first()).toContainText('6.0.0');
  await expectNoAxeViolations(page, 'predict question after checking');
});
