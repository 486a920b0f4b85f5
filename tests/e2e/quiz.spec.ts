import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';
import { answerAll, openQuiz } from './quiz-helpers';

if (process.env.E2E_BASE_URL) test.use({ baseURL: process.env.E2E_BASE_URL });

const LESSON = '/en/foundations/on-premises-and-iaas/';
const KEY = 'cloud-dx-course:progress';
test.setTimeout(120_000);

test('answer a quiz, see why, reload: the score and the answers are still there', async ({ page }) => {
  const errors = watchErrors(page);
  const quiz = await openQuiz(page, LESSON);
  const total = await quiz.locator('li.quiz-q').count();
  await answerAll(quiz, { wrong: ['os-patching'] });
  await quiz.getByRole('button', { name: 'Check answers' }).click();

  const score = quiz.locator('[data-score]');
  const expected = `You got ${total - 1} of ${total} (${Math.round(((total - 1) / total) * 100)}%).`;
  await expect(score).toHaveText(expected);
  await expect(score).toBeFocused();
  // A miss is named but not answered yet: the learner may retry it first.
  const wrongItem = quiz.locator('[data-qid="os-patching"]');
  await expect(wrongItem.locator('[data-feedback-verdict]')).toHaveText('Not quite. Try again.');
  await expect(wrongItem.locator('[data-feedback] [data-answer]')).toBeHidden();
  await quiz.getByRole('button', { name: 'Show the answers' }).click();
  // Why each answer is right or wrong
  await expect(wrongItem.locator('[data-feedback-verdict]')).toHaveText('Not quite.');
  await expect(wrongItem.locator('[data-feedback]')).toContainText('The operating system, runtime, data and applications stay yours');
  const first = quiz.locator('[data-qid="defining-trait"]');
  await expect(first.locator('[data-feedback-verdict]')).toHaveText('Correct.');
  await expect(first.locator('[data-choice="physical"] [data-why]')).toContainText('Right answer (your choice):');
  await expect(first.locator('[data-choice="rented"] [data-why]')).toContainText('Wrong answer: That describes IaaS');
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeHidden();
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeVisible();

  await page.reload();
  const again = await openQuiz(page, LESSON);
  await expect(again.locator('[data-quiz-best]')).toHaveText(
    `Your best: ${total - 1} of ${total} (${Math.round(((total - 1) / total) * 100)}%), after 1 attempt.`,
  );
  await expect(again.locator('[data-score]')).toHaveText(expected);
  await expect(again.locator('[data-qid="os-patching"] input[value="true"]')).toBeChecked();
  await expect(again.locator('[data-qid="defining-trait"] input[value="physical"]')).toBeChecked();
  const doc = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(doc.quizzes['foundations/on-premises-and-iaas']).toMatchObject({ attempts: 1, best: { score: total - 1, total } });
  expect(doc.lessons['foundations/on-premises-and-iaas'].completedAt).toBeTruthy();
  // The sidebar mark shows the same score.
  await expect(page.locator('#course-nav [data-lesson-id="foundations/on-premises-and-iaas"] [data-mark]')).toContainText(
    `${Math.round(((total - 1) / total) * 100)}%`,
  );
  expect(errors).toEqual([]);
});

test('try again: answers cleared, choices shuffled, best score kept', async ({ page }) => {
  const quiz = await openQuiz(page, LESSON);
  await answerAll(quiz, { wrong: ['defining-trait', 'iaas-offerings'] });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await quiz.getByRole('button', { name: 'Show the answers' }).click();
  const orderOf = () =>
    quiz.locator('.quiz-choices:not(.quiz-tf)').evaluateAll((lists) =>
      lists.map((l) => [...l.children].map((c) => (c as HTMLElement).dataset.choice).join(',')),
    );
  const before = await orderOf();
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.locator('input:checked')).toHaveCount(0);
  await expect(quiz.locator('[data-feedback]:visible')).toHaveCount(0);
  await expect(quiz.locator('[data-score]')).toBeHidden();
  expect(await orderOf()).not.toEqual(before);

  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const total = await quiz.locator('li.quiz-q').count();
  await expect(quiz.locator('[data-score]')).toHaveText(`You got ${total} of ${total} (100%). Every answer is right.`);
  await expect(quiz.locator('[data-quiz-best]')).toHaveText(`Your best: ${total} of ${total} (100%), after 2 attempts.`);
});

test('unanswered questions are pointed out before checking', async ({ page }) => {
  const quiz = await openQuiz(page, LESSON);
  const total = await quiz.locator('li.quiz-q').count();
  await quiz.locator('[data-qid="defining-trait"] [data-choice="physical"] label').click();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  // one answered, and the order question always has an order
  await expect(quiz.getByRole('alert')).toHaveText(
    `${total - 2} questions are not answered yet. Check anyway, or answer them first.`,
  );
  await quiz.getByRole('button', { name: 'Check anyway' }).click();
  await expect(quiz.locator('[data-qid="os-patching"] [data-feedback-verdict]')).toHaveText('Not answered. Try again.');
  await quiz.getByRole('button', { name: 'Show the answers' }).click();
  await expect(quiz.locator('[data-qid="os-patching"] [data-feedback-verdict]')).toHaveText('Not answered.');
});

test('command answers are judged by the simulator: other spellings count, typos are explained', async ({ page }) => {
  const url = '/en/foundations/orchestration/';
  const quiz = await openQuiz(page, url);
  await answerAll(quiz, { typed: { 'apply-manifest': 'kubectl apply --filename=web.yaml' } });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const q = quiz.locator('[data-qid="apply-manifest"]');
  await expect(q.locator('[data-feedback-verdict]')).toHaveText('Correct.');

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await answerAll(quiz, { typed: { 'apply-manifest': 'kubectl aply web.yaml' } });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(q.locator('[data-feedback-verdict]')).toHaveText('Not quite. Try again.');
  await quiz.getByRole('button', { name: 'Show the answers' }).click();
  await expect(q.locator('[data-feedback-verdict]')).toHaveText('Not quite.');
  await expect(q.locator('[data-parser]')).toContainText('unknown command "aply" for "kubectl"');
  await expect(q.locator('[data-feedback]')).toContainText('An accepted answer: kubectl apply -f web.yaml');

  // cmd.exe ignores the case of program names: `Vagrant ssh` is right on the Windows host.
  const vm = await openQuiz(page, '/en/vagrant-lab/first-vm/');
  await answerAll(vm, { typed: { login: 'Vagrant ssh', 'destroy-force': 'vagrant -f destroy' } });
  await vm.getByRole('button', { name: 'Check answers' }).click();
  await expect(vm.locator('[data-qid="login"] [data-feedback-verdict]')).toHaveText('Correct.');
  await expect(vm.locator('[data-qid="destroy-force"] [data-feedback-verdict]')).toHaveText('Not quite. Try again.');
});

test('keyboard and screen readers: move steps, choose, check, hear the result', async ({ page }) => {
  const quiz = await openQuiz(page, LESSON);
  const order = quiz.locator('[data-qid="new-server"]');
  const ids = () => order.locator('[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
  const start = await ids();
  const firstStepText = (await order.locator('.quiz-step-text').first().textContent())!;
  await order.getByRole('button', { name: `Move down: ${firstStepText}` }).focus();
  await page.keyboard.press('Enter');
  expect(await ids()).toEqual([start[1], start[0], ...start.slice(2)]);
  await expect(order.getByRole('button', { name: `Move down: ${firstStepText}` })).toBeFocused();
  await expect(quiz.locator('[data-live]')).toHaveText(`“${firstStepText}” is now step 2 of 4.`);

  // Radios by keyboard
  const radio = quiz.locator('[data-qid="defining-trait"] input').first();
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();

  await quiz.getByRole('button', { name: 'Check answers' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // "Check anyway"
  await expect(quiz.locator('[data-score]')).toBeFocused();
  // Each question is a group named by its prompt.
  await expect(quiz.getByRole('group', { name: /What is the defining trait of an on-premises environment\?/ })).toBeVisible();
  await expectNoAxeViolations(page, 'quiz after checking');
});

test('the questions and their answers are readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON);
  const quiz = page.locator('section.quiz');
  await expect(quiz.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
  await expect(quiz.getByText('What is the defining trait of an on-premises environment?')).toBeVisible();
  await expect(quiz.getByRole('radio')).not.toHaveCount(0);
  const reveal = quiz.locator('[data-qid="os-patching"] details');
  await reveal.getByText('Show the answer').click();
  await expect(reveal).toContainText('The answer is False.');
  await context.close();
});

test('Korean quiz speaks Korean', async ({ page }) => {
  const quiz = await openQuiz(page, '/ko/foundations/on-premises-and-iaas/');
  await expect(quiz.getByRole('heading', { name: '이해도 확인' })).toBeVisible();
  await answerAll(quiz);
  await quiz.getByRole('button', { name: '채점하기' }).click();
  const total = await quiz.locator('li.quiz-q').count();
  await expect(quiz.locator('[data-score]')).toContainText(`${total}문제 중 ${total}문제를 맞혔습니다 (100%).`);
  await expect(quiz.locator('[data-qid="os-patching"] [data-feedback-verdict]')).toHaveText('정답입니다.');
});
