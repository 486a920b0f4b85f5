import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, watchErrors } from './helpers';

const lessons = builtPages('dist').filter((p) => p.split('/').length === 5);
const firstLesson = lessons.find((p) => p.startsWith('/en/'))!;

test('theme: follows the system, a choice persists across pages and reloads, with no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');

  // The choice wins over the system from the very first paint of the next page.
  let themeAtFirstScript: string | undefined;
  await page.exposeFunction('reportTheme', (t: string) => (themeAtFirstScript = t));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => (window as unknown as { reportTheme: (t: string) => void }).reportTheme(document.documentElement.dataset.theme ?? 'none'));
  });
  await page.goto(firstLesson);
  expect(themeAtFirstScript).toBe('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
});

test('code blocks follow the theme', async ({ page }) => {
  const withCode = lessons.find((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('class="code-block'));
  expect(withCode, 'a lesson with a code block').toBeTruthy();
  await page.goto(withCode!);
  const token = page.locator('.code-block pre span[class*="sk-"]').first();
  const light = await token.evaluate((el) => getComputedStyle(el).color);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const dark = await token.evaluate((el) => getComputedStyle(el).color);
  expect(dark).not.toBe(light);
  await expect(page.locator('.code-block').first().getByRole('button', { name: 'Copy code to clipboard' })).toBeVisible();
});

test('language switch keeps the learner on the same lesson, and / then remembers it', async ({ page }) => {
  await page.goto(firstLesson);
  await page.getByRole('link', { name: '한국어로 보기' }).click();
  await expect(page).toHaveURL(firstLesson.replace('/en/', '/ko/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: 'View in English' }).click();
  await expect(page).toHaveURL(firstLesson);
  await page.goto('/ko/glossary/');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
});

test('lesson page: sidebar, table of contents, objectives, reading time, previous and next', async ({ page }) => {
  await page.goto('/en/');
  const ordered = await page.locator('.lesson-card > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const second = ordered[1];
  await page.goto(second);
  const nav = page.getByRole('navigation', { name: 'Course contents' });
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', second);
  await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', ordered[0]);
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveAttribute('href', ordered[2]);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const first = toc.getByRole('link').first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('narrow screen: readable at 360 px, the course outline becomes a menu', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  for (const p of ['/en/', '/ko/', firstLesson, firstLesson.replace('/en/', '/ko/'), '/en/glossary/']) {
    await page.goto(p);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal scroll on ${p}`).toBeLessThanOrEqual(0);
  }
  await page.goto(firstLesson);
  const outline = page.getByRole('navigation', { name: 'Course contents' });
  await expect(outline).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(outline).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(outline).toBeHidden();
  expect(errors).toEqual([]);
  await ctx.close();
});

test.describe('search', () => {
  test('opens from the button, with / and with Ctrl+K, and finds lessons in the page language', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/');
    expect(requests.some((u) => u.includes('/pagefind/')), 'search loads only when opened').toBe(false);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await page.getByRole('searchbox').fill('Vagrant');
    const results = dialog.getByRole('listitem');
    await expect(results.first()).toBeVisible();
    for (const href of await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/en\//);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
  });

  for (const word of ['컨테이너', '쿠버네티스']) {
    test(`Korean: ${word} finds every lesson that uses it in any form`, async ({ page }) => {
      // The indexed text of each Korean lesson: its body, less the parts marked data-pagefind-ignore.
      const expected: string[] = [];
      for (const p of lessons.filter((l) => l.startsWith('/ko/'))) {
        await page.goto(p);
        const text = await page.evaluate(() => {
          const body = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as HTMLElement;
          body.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
          return body.textContent ?? '';
        });
        if (text.includes(word)) expected.push(p);
      }
      expect(expected.length).toBeGreaterThan(0);
      await page.goto('/ko/');
      await page.getByRole('button', { name: '검색' }).click();
      await page.getByRole('searchbox').fill(word);
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('listitem').first()).toBeVisible();
      const hrefs = await dialog.getByRole('listitem').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const p of expected) expect(hrefs, `${word} → ${p}`).toContain(p);
      // A query typed with a particle still finds them.
      await page.getByRole('searchbox').fill(`${word}를`);
      await expect(dialog.getByRole('listitem').first()).toBeVisible();
    });
  }
});
