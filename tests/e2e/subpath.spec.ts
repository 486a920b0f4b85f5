import { test, expect } from '@playwright/test';
import { builtPages, watchErrors, isReference } from './helpers';
import { SUBPATH_PORT } from '../../playwright.config';

// The same site built with BASE_PATH=/course (npm run build:subpath) and served from /course/.
const SITE = `http://127.0.0.1:${SUBPATH_PORT}`;
const pages = builtPages('dist-subpath');

test('under a sub-path every page, link and asset resolves inside /course/', async ({ page, request }) => {
  // One test walks every page: its time grows with the course.
  test.setTimeout(30_000 + pages.length * 5_000);
  const errors = watchErrors(page);
  const seen = new Set<string>();
  for (const p of pages) {
    await page.goto(`${SITE}/course${p}`);
    const refs = await page.evaluate(() => [
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
    ]);
    // Links to the official references a lesson cites leave the site on purpose (site.spec.ts checks them).
    for (const ref of refs.filter((r) => !isReference(r))) {
      const url = ref.split('#')[0];
      expect(url, `${ref} on ${p}`).toMatch(new RegExp(`^${SITE}/course/`));
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await request.get(url);
      expect(res.status(), `${url} linked from ${p}`).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThan(pages.length);
  expect(errors).toEqual([]);
});

test('under a sub-path search results and the language switch stay inside /course/', async ({ page }) => {
  await page.goto(`${SITE}/course/en/`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox').fill('IaaS');
  const link = page.getByRole('dialog').getByRole('listitem').getByRole('link').first();
  await expect(link).toHaveAttribute('href', /^\/course\/en\//);
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '한국어로 보기' }).click();
  await expect(page).toHaveURL(`${SITE}/course/ko/`);
  await page.goto(`${SITE}/course/`);
  await expect(page).toHaveURL(`${SITE}/course/ko/`);
});
