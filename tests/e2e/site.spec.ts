import { test, expect } from '@playwright/test';
import { builtPages, watchErrors, expectNoAxeViolations, isReference } from './helpers';
import { SITE } from '../../playwright.config';

const pages = builtPages('dist').filter((p) => p !== '/');

test.describe('every page', () => {
  for (const p of pages) {
    test(`${p} loads cleanly, has the right language, passes axe in both themes, and its links resolve`, async ({ page, request }) => {
      const errors = watchErrors(page);
      const foreign: string[] = [];
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (u.protocol !== 'data:' && u.host !== new URL(SITE).host) foreign.push(r.url());
      });
      const response = await page.goto(p);
      expect(response?.status()).toBe(200);
      const lang = p.split('/')[1];
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1').first()).toBeVisible();

      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expectNoAxeViolations(page, `${p} (${scheme})`);
      }
      // And on a phone, where tables scroll and the outline is a menu.
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoAxeViolations(page, `${p} (360 px)`);
      await page.setViewportSize({ width: 1280, height: 720 });

      // Every link, image, stylesheet and script on the page resolves, and in-page anchors have targets.
      const refs = await page.evaluate(() => {
        const out: string[] = [];
        document.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => out.push(a.href));
        document.querySelectorAll<HTMLImageElement>('img[src]').forEach((i) => out.push(i.src));
        document.querySelectorAll<HTMLLinkElement>('link[href]').forEach((l) => out.push(l.href));
        document.querySelectorAll<HTMLScriptElement>('script[src]').forEach((s) => out.push(s.src));
        return out;
      });
      const hashes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)),
      );
      for (const id of hashes) {
        expect(await page.locator(`[id="${decodeURIComponent(id)}"]`).count(), `#${id} on ${p}`).toBeGreaterThan(0);
      }
      const internal = [...new Set(refs.map((r) => r.split('#')[0]))].filter((r) => r.startsWith(SITE + '/'));
      // Other origins only as links to the few official references the lessons cite, over https; never
      // an image, style or script from elsewhere (the course works offline and under a strict CSP).
      const external = refs.filter((r) => /^https?:/.test(r) && !r.startsWith(SITE + '/'));
      const cited = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map((a) => a.href),
      );
      expect(external.filter((r) => !cited.includes(r)), 'resources from other origins').toEqual([]);
      expect(external.filter((r) => !isReference(r)), 'links to other origins').toEqual([]);
      for (const url of internal) {
        const res = await request.get(url);
        expect(res.status(), `${url} linked from ${p}`).toBe(200);
      }
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test('the language chooser at / works without script and goes to the preferred language with it', async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', '/ko/');
  await noJs.close();

  for (const [locale, lang] of [['ko-KR', 'ko'], ['en-GB', 'en'], ['fr-FR', null]] as const) {
    const ctx = await browser.newContext({ locale });
    const p = await ctx.newPage();
    await p.goto('/');
    if (lang) await expect(p).toHaveURL(new RegExp(`/${lang}/$`));
    else {
      // No course language among the browser's: the chooser stays.
      await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(p, '/');
    }
    await ctx.close();
  }
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/en/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: '코스 홈으로 가기' })).toBeVisible();
  await expectNoAxeViolations(page, '404');
});
