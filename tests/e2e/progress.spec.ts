import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, watchErrors } from './helpers';
import { answerAll, openQuiz } from './quiz-helpers';

if (process.env.E2E_BASE_URL) test.use({ baseURL: process.env.E2E_BASE_URL });

const KEY = 'cloud-dx-course:progress';
const LESSON_ID = 'foundations/on-premises-and-iaas';
const LESSON = `/en/${LESSON_ID}/`;
const SECOND_ID = 'foundations/container-infrastructure';

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedDoc = async (page: Page) => JSON.parse((await stored(page)) ?? 'null');

/** Take the first lesson's quiz with one wrong answer, and open the second lesson. */
async function makeProgress(page: Page): Promise<void> {
  const quiz = await openQuiz(page, LESSON);
  await answerAll(quiz, { wrong: ['os-patching'] });
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-quiz-best]')).toBeVisible();
  await page.goto(`/en/${SECOND_ID}/`);
  await expect.poll(async () => (await storedDoc(page))?.lessons?.[SECOND_ID]).toBeTruthy();
}

function row(page: Page, id: string) {
  return page.locator(`tr[data-row="${id}"]`);
}

test('the progress page shows each lesson, the overall percentage and where to continue', async ({ page }) => {
  const errors = watchErrors(page);
  await makeProgress(page);
  await page.goto('/en/progress/');
  const first = row(page, LESSON_ID);
  await expect(first.locator('[data-cell="read"]')).toHaveText('✓ Read');
  await expect(first.locator('[data-cell="quiz"]')).toHaveText(/^best 88% \(7\/8\)$/);
  await expect(row(page, SECOND_ID).locator('[data-cell="read"]')).toHaveText('Opened');
  await expect(row(page, SECOND_ID).locator('[data-cell="quiz"]')).toHaveText('not taken');
  await expect(page.locator('[data-overall]')).not.toHaveText('0% of the course');
  const cont = page.locator('[data-continue] a');
  await expect(cont).toHaveText(/^Continue: /);
  await expect(cont).toHaveAttribute('href', `/en/${SECOND_ID}/`);
  // The same marks on the home page, chapter page and sidebar.
  await page.goto('/en/');
  await expect(page.locator(`[data-lesson-id="${LESSON_ID}"] [data-mark]`).first()).toContainText('88%');
  await page.goto('/en/foundations/');
  await expect(page.locator(`[data-lesson-id="${LESSON_ID}"] [data-mark]`).first()).toContainText('88%');
  expect(errors).toEqual([]);
});

test('two tabs stay in step', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/en/progress/');
  await b.goto('/en/');
  await expect(row(a, LESSON_ID).locator('[data-cell="quiz"]')).toHaveText('not taken');
  // Tab C takes the quiz; A and B follow without reloading.
  const c = await context.newPage();
  const quiz = await openQuiz(c, LESSON);
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(row(a, LESSON_ID).locator('[data-cell="quiz"]')).toHaveText('best 100% (8/8)');
  await expect(b.locator(`[data-lesson-id="${LESSON_ID}"] [data-mark]`).first()).toContainText('100%');
  // A resets everything; C's quiz follows.
  await a.getByRole('button', { name: 'Reset everything' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Yes, reset' }).click();
  await expect(c.locator('[data-quiz-best]')).toBeHidden();
  await expect(b.locator(`[data-lesson-id="${LESSON_ID}"] [data-mark]`).first()).toBeEmpty();
  // Work done in two tabs at once is all kept.
  await b.goto(`/en/${SECOND_ID}/`);
  await c.goto(LESSON);
  await expect.poll(async () => Object.keys((await storedDoc(a))?.lessons ?? {}).sort()).toEqual([SECOND_ID, LESSON_ID].sort());
});

test('storage corrupted by hand: the page works, a notice shows, the data is kept aside', async ({ page }) => {
  const errors = watchErrors(page);
  const garbage = '{"version":2,"lessons":{"foundations/on-premises-and-iaas":';
  await page.goto('/en/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, garbage]);
  await page.goto(LESSON);
  const notice = page.locator('[data-notice="corrupt"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText('Reason: not valid JSON');
  expect(await page.evaluate((k) => localStorage.getItem(k + ':backup'), KEY)).toBe(garbage);
  const doc = await storedDoc(page);
  expect(doc.recovered).toMatchObject({ backupKey: `${KEY}:backup`, dismissed: false });
  // The page still works: take the quiz.
  const quiz = await openQuiz(page, LESSON);
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toContainText('(100%)');
  // The unreadable data can be downloaded as it was.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(garbage);
  // Dismissed, it stays dismissed; the backup stays.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.locator('[data-notice="corrupt"]')).toBeHidden();
  expect(await page.evaluate((k) => localStorage.getItem(k + ':backup'), KEY)).toBe(garbage);
  // The progress page lists it.
  await page.goto('/en/progress/');
  await expect(page.locator('[data-backups]')).toBeVisible();
  await expect(page.locator('[data-backup-list]')).toContainText(`${KEY}:backup`);
  expect(errors).toEqual([]);
});

test('storage turned off: everything works in memory, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = watchErrors(page);
  const quiz = await openQuiz(page, LESSON);
  await expect(page.locator('[data-notice="unavailable"]')).toBeVisible();
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-quiz-best]')).toContainText('(100%)');
  // Export still works from the notice.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-notice="unavailable"]').getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.quizzes[LESSON_ID].best.score).toBe(exported.quizzes[LESSON_ID].best.total);
  expect(errors.filter((e) => !e.includes('localStorage'))).toEqual([]);
});

test('storage full: a notice, and progress kept for the tab', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const quiz = await openQuiz(page, LESSON);
  await expect(page.locator('[data-notice="full"]')).toBeVisible();
  await expect(page.locator('[data-notice="full"]')).toContainText('storage is full');
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-quiz-best]')).toContainText('(100%)');
});

test('a bad import file is refused with a reason and changes nothing', async ({ page }) => {
  await makeProgress(page);
  await page.goto('/en/progress/');
  const before = await stored(page);
  const input = page.locator('input[type="file"][data-import]');
  const message = page.locator('[data-message]');

  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello there') });
  await expect(message).toHaveText('“notes.json” cannot be imported, nothing was changed: The file is not JSON.');

  const wrong = JSON.parse(before!);
  wrong.quizzes[LESSON_ID].best.score = 99;
  await input.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await expect(message).toHaveText(
    `“edited.json” cannot be imported, nothing was changed: quizzes.${LESSON_ID}.best.score: the score is larger than the total`,
  );

  await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from('{"version":7}') });
  await expect(message).toContainText('written by a newer version (7) of this course');
  await expect(page.locator('[data-import-preview]')).toBeHidden();
  expect(await stored(page)).toBe(before);
  await expect(row(page, LESSON_ID).locator('[data-cell="quiz"]')).toHaveText(/best 88%/);
});

test('export, reset everything, import: the same progress comes back', async ({ page }) => {
  await makeProgress(page);
  await page.goto('/en/progress/');
  const before = await storedDoc(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cloud-dx-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = (await download.path())!;

  // Cancel first: nothing happens.
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect((await storedDoc(page)).quizzes).toEqual(before.quizzes);

  await page.getByRole('button', { name: 'Reset everything' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.locator('[data-message]')).toHaveText('Your progress was reset.');
  await expect(row(page, LESSON_ID).locator('[data-cell="read"]')).toHaveText('Not started');
  await expect(row(page, LESSON_ID).locator('[data-cell="quiz"]')).toHaveText('not taken');
  expect((await storedDoc(page)).lessons).toEqual({});

  await page.locator('input[type="file"][data-import]').setInputFiles(file);
  const preview = page.locator('[data-import-preview]');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('will change:');
  await expect(preview).toContainText('Lesson On-premises and IaaS: not started → read');
  await expect(preview).toContainText('Quiz On-premises and IaaS: best — → 88%');
  // Nothing changes before the learner says so.
  expect((await storedDoc(page)).lessons).toEqual({});
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('[data-message]')).toContainText('Progress imported from');

  const after = await storedDoc(page);
  expect(after.lessons).toEqual(before.lessons);
  expect(after.quizzes).toEqual(before.quizzes);
  expect(after.labs).toEqual(before.labs);
  expect(after.last).toEqual(before.last);
  await expect(row(page, LESSON_ID).locator('[data-cell="quiz"]')).toHaveText('best 88% (7/8)');
});

test('reset one lesson after a confirmation', async ({ page }) => {
  await makeProgress(page);
  await page.goto('/en/progress/');
  await row(page, LESSON_ID).getByRole('button', { name: 'Reset progress for “On-premises and IaaS”' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Forget your progress for “On-premises and IaaS”?');
  await dialog.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(row(page, LESSON_ID).locator('[data-cell="read"]')).toHaveText('Not started');
  await expect(row(page, SECOND_ID).locator('[data-cell="read"]')).toHaveText('Opened');
  const doc = await storedDoc(page);
  expect(doc.lessons[LESSON_ID]).toBeUndefined();
  expect(doc.quizzes[LESSON_ID]).toBeUndefined();
  expect(doc.lessons[SECOND_ID]).toBeTruthy();
});

test('progress pages pass an accessibility scan in both languages', async ({ page }) => {
  await makeProgress(page);
  for (const lang of ['en', 'ko']) {
    await page.goto(`/${lang}/progress/`);
    await expect(page.locator('[data-overall]')).not.toHaveText(/^0%|^과정의 0%/);
    await expectNoAxeViolations(page, `/${lang}/progress/`);
  }
});

test('an older saved document is migrated, and lab steps show in the table and the marks', async ({ page }) => {
  await page.goto('/en/');
  // Version 1, as an earlier build of the course wrote it.
  const v1 = {
    version: 1,
    updated: Date.UTC(2026, 0, 10),
    visited: ['vagrant-lab/lab-environment'],
    completed: [LESSON_ID],
    labSteps: { 'vagrant-first-vm': ['init', 'read'] },
    quizBest: { [LESSON_ID]: 50 },
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(v1)]);
  await page.goto('/en/progress/');
  await expect(row(page, LESSON_ID).locator('[data-cell="read"]')).toHaveText('✓ Read');
  await expect(row(page, LESSON_ID).locator('[data-cell="quiz"]')).toHaveText('best 50% (50/100)');
  await expect(row(page, 'vagrant-lab/lab-environment').locator('[data-cell="read"]')).toHaveText('Opened');
  const labRow = row(page, 'vagrant-lab/first-vm');
  await expect(labRow.locator('[data-cell="lab"]')).toHaveText(/^2 of \d+ steps$/);
  await expect(page.locator('[data-notice="corrupt"]')).toBeHidden();
  await page.goto('/en/vagrant-lab/');
  await expect(page.locator('[data-lesson-id="vagrant-lab/first-vm"] [data-mark]').first()).toContainText(/2\/\d+/);
  // The next write stores the current version.
  await page.goto(LESSON);
  await expect.poll(async () => (await storedDoc(page))?.version).toBe(3);
  const doc = await storedDoc(page);
  expect(Object.keys(doc.labs['vagrant-first-vm'].steps)).toEqual(['init', 'read']);
});
