/**
 * Size gates (gzip of the built files, so they repeat exactly): every page's up-front JavaScript and CSS,
 * and every lab's JavaScript before its first prompt. A figure over its budget fails, naming the page or lab.
 * Budgets live in scripts/budgets.ts; `npm run bench` reports the same figures with timings.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE } from '../../playwright.config';
import { BUDGETS, builtPages, cssOf, gzOf, kb, labPages, measureLab } from '../../scripts/budgets';

const DIST = path.resolve('dist');
if (!existsSync(DIST)) throw new Error('budgets.spec.ts measures the built site: run `npm run build` first');

test('CSS per page stays within its budget', () => {
  const over: string[] = [];
  for (const p of builtPages(DIST)) {
    const css = cssOf(DIST, '/', readFileSync(p.file, 'utf8'));
    if (css > BUDGETS.cssPerPage) over.push(`/${p.path}: CSS ${kb(css)} > ${kb(BUDGETS.cssPerPage)}`);
  }
  expect(over).toEqual([]);
});

// One test per page and per lab, so they spread over the workers.
for (const p of builtPages(DIST)) {
  test(`/${p.path}: JavaScript up front within its budget`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const js = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') js.add(r.url());
    });
    await page.goto(`${SITE}/${p.path}`, { waitUntil: 'networkidle' });
    await context.close();
    const total = [...js].reduce((s, u) => s + gzOf(DIST, '/', u), 0);
    expect(total, `/${p.path}: JavaScript up front ${kb(total)} > ${kb(BUDGETS.pageJs)}`).toBeLessThanOrEqual(BUDGETS.pageJs);
  });
}

for (const [lab, page] of labPages(DIST)) {
  test(`lab ${lab}: JavaScript before the first prompt within its budget`, async ({ browser }) => {
    const w = await measureLab(browser, { site: `${SITE}/`, dist: DIST, base: '/', page, lab });
    expect(w.files.some((f) => f.startsWith('xterm')), `${lab}: the terminal loaded before the prompt`).toBe(true);
    expect(
      w.beforePrompt,
      `lab ${lab} (/${page}): JavaScript before the first prompt ${kb(w.beforePrompt)} > ${kb(BUDGETS.labFirstPrompt)} (${w.files.join(', ')})`,
    ).toBeLessThanOrEqual(BUDGETS.labFirstPrompt);
  });
}
