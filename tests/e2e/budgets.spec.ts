/**
 * Size gates (gzip of the built files, so they repeat exactly): every page's up-front JavaScript and CSS,
 * and every lab's JavaScript before its first prompt. A figure over its budget fails, naming the page or lab.
 * Budgets live in scripts/budgets.ts; `npm run bench` reports the same figures with timings.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE } from '../../playwright.config';
import { BUDGETS, builtPages, cssOf, gzOf, kb, labPages, measureLab } from '../../scripts/budgets';

const DIST = path.resolve('dist');

test('CSS per page stays within its budget', () => {
  const over: string[] = [];
  for (const p of builtPages(DIST)) {
    const css = cssOf(DIST, '/', readFileSync(p.file, 'utf8'));
    if (css > BUDGETS.cssPerPage) over.push(`/${p.path}: CSS ${kb(css)} > ${kb(BUDGETS.cssPerPage)}`);
  }
  expect(over).toEqual([]);
});

test('every page loads at most its budget of JavaScript up front', async ({ browser }) => {
  test.setTimeout(180_000);
  const over: string[] = [];
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  for (const p of builtPages(DIST)) {
    const page = await context.newPage();
    const js = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') js.add(r.url());
    });
    await page.goto(`${SITE}/${p.path}`, { waitUntil: 'networkidle' });
    const total = [...js].reduce((s, u) => s + gzOf(DIST, '/', u), 0);
    if (total > BUDGETS.pageJs) over.push(`/${p.path}: JavaScript up front ${kb(total)} > ${kb(BUDGETS.pageJs)}`);
    await page.close();
  }
  await context.close();
  expect(over).toEqual([]);
});

test('every lab draws its first prompt within its JavaScript budget', async ({ browser }) => {
  test.setTimeout(240_000);
  const labs = labPages(DIST);
  expect(labs.size).toBeGreaterThan(0);
  const over: string[] = [];
  for (const [lab, page] of labs) {
    const w = await measureLab(browser, { site: `${SITE}/`, dist: DIST, base: '/', page, lab });
    expect(w.files.some((f) => f.startsWith('xterm')), `${lab}: the terminal loaded before the prompt`).toBe(true);
    if (w.beforePrompt > BUDGETS.labFirstPrompt) {
      over.push(`lab ${lab} (/${page}): JavaScript before the first prompt ${kb(w.beforePrompt)} > ${kb(BUDGETS.labFirstPrompt)} (${w.files.join(', ')})`);
    }
  }
  expect(over).toEqual([]);
});
