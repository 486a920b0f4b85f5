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
  await expect(quiz.locator('[data-qid="nodeport"] input').first()).toBeDisabled();
  await expect(quiz.locator('[data-qid="nodeport"] [data-feedback-verdict]')).toHaveText('Correct.');
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
  // The real output among the author's three wrong ones.
  await expect(q.locator('.quiz-variant')).toHaveCount(4);
  await q.locator('[data-choice="real"] label').click();
  await answerAll(quiz);
  await quiz.getByRole('button', { name: '채점하기' }).click();
  await expect(q.locator('[data-feedback-verdict]')).toHaveText('정답입니다.');
  await expect(q.locator('.quiz-output')).toContainText('시뮬레이터의 실제 출력:');
  await expect(q.locator('.quiz-output mark').first()).toContainText('6.0.0');
  await expectNoAxeViolations(page, 'predict question after checking');
});

const DAY = 86_400_000;
function reviewDoc(entries: Record<string, { quiz: string; question: string; dueIn: number }>) {
  const now = Date.now();
  const at = new Date(now - 5 * DAY).toISOString();
  const review: Record<string, unknown> = {};
  for (const [k, e] of Object.entries(entries)) {
    review[k] = { quiz: e.quiz, question: e.question, hash: 'h', step: 0, due: new Date(now + e.dueIn).toISOString(), missedAt: at, lastAt: at };
  }
  return { version: 3, createdAt: at, updatedAt: at, lessons: {}, labs: {}, quizzes: {}, review };
}

test('the review page asks the due questions across lessons, drops deleted ones, and reschedules', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/');
  const doc = reviewDoc({
    [`kubernetes-cluster/workloads#${PREDICT}`]: { quiz: 'kubernetes-cluster/workloads', question: PREDICT, dueIn: -2 * DAY },
    'vagrant-lab/first-vm#predict-box-version-600': { quiz: 'vagrant-lab/first-vm', question: 'predict-box-version-600', dueIn: -DAY },
    'kubernetes-cluster/workloads#a-deleted-question': { quiz: 'kubernetes-cluster/workloads', question: 'a-deleted-question', dueIn: -DAY },
    'foundations/on-premises-and-iaas#os-patching': { quiz: 'foundations/on-premises-and-iaas', question: 'os-patching', dueIn: 2 * DAY },
  });
  await page.evaluate(([k, d]) => localStorage.setItem(k, d), [KEY, JSON.stringify(doc)]);
  await page.reload();
  // The header says how many are due (the deleted one is still counted until the review page drops it).
  await expect(page.locator('.header-nav [data-review-link]')).toHaveText('Review (3 due)');
  await page.locator('.header-nav [data-review-link]').click();
  await expect(page).toHaveURL(/\/en\/review\/$/);

  const list = page.locator('[data-review-list]');
  await expect(page.locator('[data-review-dropped]')).toHaveText('1 review question was removed because its quiz no longer has it.');
  await expect(page.locator('[data-review-count]')).toHaveText('2 questions are due.');
  await expect(page.locator('[data-review-waiting]')).toContainText('1 more are waiting for a later day; the next one is due on');
  await expect(list.locator('li.quiz-q:visible')).toHaveCount(2);
  // The longest-waiting first, each linked back to its lesson.
  const first = list.locator('li.quiz-q:visible').first();
  await expect(first).toHaveAttribute('data-qid', PREDICT);
  await expect(first.getByRole('link', { name: /^From: / })).toHaveAttribute('href', '/en/kubernetes-cluster/workloads/');
  await expectNoAxeViolations(page, 'review page with due questions');

  // Right: the next review is 3 days out.
  await first.locator('[data-choice="three-pods"] input').check();
  await first.locator('[data-choice="creating"] input').check();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.locator('[data-review-result]')).toHaveText('Right. Next review in 3 days.');
  await expect(first.locator('[data-review-result]')).toBeFocused();
  await expect(first.locator('.quiz-output mark')).toHaveCount(3);
  // Wrong: back to tomorrow.
  const second = list.locator('li.quiz-q:visible').nth(1);
  await second.locator('[data-choice="boots"] label').click();
  await second.getByRole('button', { name: 'Check' }).click();
  await expect(second.locator('[data-review-result]')).toHaveText('Not quite. It comes back tomorrow.');
  await expect(page.locator('[data-review-count]')).toHaveText('Nothing is due right now.');
  await expect(page.locator('[data-review-done]')).toBeVisible();

  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(Object.keys(stored.review).sort()).toEqual([
    'foundations/on-premises-and-iaas#os-patching',
    `kubernetes-cluster/workloads#${PREDICT}`,
    'vagrant-lab/first-vm#predict-box-version-600',
  ]);
  expect(stored.review[`kubernetes-cluster/workloads#${PREDICT}`].step).toBe(1);
  expect(Date.parse(stored.review[`kubernetes-cluster/workloads#${PREDICT}`].due) - Date.now()).toBeGreaterThan(2.9 * DAY);
  expect(stored.review['vagrant-lab/first-vm#predict-box-version-600'].step).toBe(0);
  await expectNoAxeViolations(page, 'review page after answering');
  expect(errors).toEqual([]);
});

test('the review page by keyboard alone: reach a question, answer a command in other words, hear the result', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/');
  const doc = reviewDoc({ 'vagrant-lab/first-vm#login': { quiz: 'vagrant-lab/first-vm', question: 'login', dueIn: -DAY } });
  await page.evaluate(([k, d]) => localStorage.setItem(k, d), [KEY, JSON.stringify(doc)]);
  await page.goto('/en/review/');
  await expect(page.locator('[data-review-count]')).toHaveText('1 question is due.');
  const item = page.locator('[data-review-list] li.quiz-q:visible');
  // From the question's link back to its lesson, Tab reaches the answer field, then the Check button.
  await item.getByRole('link', { name: /^From: / }).focus();
  await page.keyboard.press('Tab');
  const field = item.getByRole('textbox');
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleName('Your command');
  await expect(item.locator('fieldset')).toHaveAccessibleName(/logs you in/);
  // Another spelling of `vagrant ssh default` counts: the simulator's parser judges it.
  await page.keyboard.type('VAGRANT.exe  ssh   default');
  await page.keyboard.press('Tab');
  await expect(item.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus moves to the result, which says what happens next; the verdict is part of the question's description.
  const result = item.locator('[data-review-result]');
  await expect(result).toHaveText('Right. Next review in 3 days.');
  await expect(result).toBeFocused();
  await expect(item.locator('fieldset')).toHaveAttribute('aria-describedby', /\S+ \S+/);
  await expect(page.locator('[data-review-count]')).toHaveText('Nothing is due right now.');
  await expect(page.locator('.review-status')).toHaveAttribute('role', 'status');
  await expectNoAxeViolations(page, 'review page after a keyboard answer');
  expect(errors).toEqual([]);
});

test('the review page in Korean, empty, passes an accessibility scan; the progress page links to it', async ({ page }) => {
  await page.goto('/ko/progress/');
  await page.getByRole('link', { name: '복습 페이지 열기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '복습' })).toBeVisible();
  await expect(page.locator('[data-review-count]')).toHaveText('지금 복습할 문제가 없습니다.');
  await expect(page.locator('[data-review-waiting]')).toContainText('복습 목록이 비어 있습니다.');
  await expect(page.locator('[data-review-list] li.quiz-q:visible')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Korean review page, empty');
});

/** A progress document with the whole course done, built from the completion page's own list of lessons. */
async function completeCourse(page: import('@playwright/test').Page, lang: string) {
  await page.goto(`/${lang}/certificate/`);
  await page.evaluate((k) => {
    const lessons = JSON.parse(document.querySelector<HTMLElement>('[data-certificate-page]')!.dataset.lessons!) as {
      id: string; lab?: string; labSteps: string[]; quiz?: string; quizQuestions: number;
    }[];
    const at = '2026-03-14T09:00:00.000Z';
    const doc = { version: 3, createdAt: at, updatedAt: at, lessons: {} as Record<string, unknown>, labs: {} as Record<string, { steps: Record<string, string> }>, quizzes: {} as Record<string, unknown>, review: {} };
    for (const l of lessons) {
      doc.lessons[l.id] = { firstVisitedAt: at, lastVisitedAt: at, completedAt: at };
      if (l.lab) for (const s of l.labSteps) (doc.labs[l.lab] ??= { steps: {} }).steps[s] = at;
      if (l.quiz) doc.quizzes[l.quiz] = { attempts: 1, best: { score: l.quizQuestions, total: l.quizQuestions, at }, last: { score: l.quizQuestions, total: l.quizQuestions, at, answers: {} } };
    }
    localStorage.setItem(k, JSON.stringify(doc));
  }, KEY);
  await page.reload();
}

for (const lang of ['en', 'ko']) {
  test(`the completion page (${lang}): locked until the course is done, then printable on one page`, async ({ page }) => {
    await page.goto(`/${lang}/certificate/`);
    await expect(page.locator('[data-cert-locked]')).toBeVisible();
    await expect(page.locator('[data-certificate]')).toBeHidden();
    await completeCourse(page, lang);
    await expect(page.locator('[data-certificate]')).toBeVisible();
    const name = lang === 'ko' ? '김하늘' : 'Ada Lovelace';
    await page.getByLabel(lang === 'ko' ? '이름' : 'Your name').fill(name);
    await expect(page.locator('[data-cert-name]')).toHaveText(name);
    await expect(page.locator('[data-cert-date]')).toHaveText(lang === 'ko' ? '수료일: 2026년 3월 14일' : 'Completed on March 14, 2026');
    await expect(page.locator('.cert-disclaimer')).toContainText(lang === 'ko' ? '공인 자격' : 'not an accreditation');
    expect(await page.locator('.cert-chapters li').count()).toBeGreaterThanOrEqual(3);
    // The name is never stored.
    const everything = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(everything).not.toContain(name);
    await expectNoAxeViolations(page, `completion page ${lang}`);
    // Chromium's print to PDF: one page, on A4 and on US Letter.
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages, `${lang} on ${format}`).toHaveLength(1);
    }
    // The progress page offers it.
    await page.goto(`/${lang}/progress/`);
    await expect(page.locator('[data-certificate-link] a')).toBeVisible();
  });
}
