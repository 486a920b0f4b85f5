/**
 * The course after one visit: the service worker precaches every page in both languages, the search
 * index and the lab's chunks, so lessons never opened, the search and a lab's first command all work with
 * no network. A new deployment waits until the learner reloads, and progress in localStorage stays.
 */
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PORT, SUBPATH_SITE } from '../../playwright.config';
import { watchErrors } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has installed (its precache is complete) and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

async function lastLine(page: Page): Promise<string> {
  const text = (await page.locator('.lab-slot .xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  return (text.trimEnd().split('\n').at(-1) ?? '').trimEnd();
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  // Really offline: the network refuses what the worker does not hold.
  expect(await page.evaluate(() => fetch('/not-cached.txt').then(() => 'reached', () => 'refused'))).toBe('refused');
}

test('after one visit: unvisited lessons in both languages, the search and a lab work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/en/');
  await installed(page);
  await goOffline(context, page);

  await page.goto('/en/foundations/container-infrastructure/');
  await expect(page.locator('main h1')).toBeVisible();
  await page.goto('/ko/kubernetes-cluster/upgrade/');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.goto('/ko/progress/');
  await expect(page.locator('main h1')).toBeVisible();

  // The search index came with the first visit.
  await page.goto('/en/glossary/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox').fill('kubeadm');
  await expect(page.getByRole('dialog', { name: 'Search' }).locator('.search-results a[href*="/kubernetes-cluster/"]').first()).toBeVisible({ timeout: 20_000 });

  // A lab: its chunks and the simulator come from the cache; the first command runs.
  await page.goto('/en/vagrant-lab/first-vm/');
  const panel = page.locator('.lab-slot .lab-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveClass(/lab-ready/, { timeout: 30_000 });
  await panel.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('vagrant init', { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(panel.locator('.lab-transcript')).toContainText('A `Vagrantfile` has been placed in this directory.');
  await expect.poll(() => lastLine(page)).toBe('D:\\3_VMs\\HashiCorp>');
  expect(errors.filter((e) => !e.includes('not-cached.txt') && !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('under a sub-path the worker serves the course offline too', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(`${SUBPATH_SITE}en/`);
  await installed(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${SUBPATH_SITE}sw.js`);
  await context.setOffline(true);
  await page.goto(`${SUBPATH_SITE}ko/foundations/on-premises-and-iaas/`);
  await expect(page.locator('main h1')).toBeVisible();
  await page.goto(`${SUBPATH_SITE}en/kubernetes-cluster/workloads/`);
  await expect(page.locator('main h1')).toBeVisible();
});

/**
 * dist/ on its own port (its own origin, so no other test sees its worker), where a "new deployment" is a
 * different sw.js: what a rebuild with changed files produces.
 */
async function deploymentServer(port: number) {
  let deployment = 1;
  const root = path.resolve('dist');
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.extname(file);
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png' }[ext];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(url.pathname === '/sw.js' && deployment > 1 ? Buffer.concat([body, Buffer.from(`\n// deployment ${deployment}\n`)]) : body);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    site: `http://127.0.0.1:${port}`,
    deploy: () => void deployment++,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

test('a new deployment is announced in the page language, and reloading into it keeps progress', async ({ page }) => {
  test.setTimeout(90_000);
  const server = await deploymentServer(PORT + 3);
  try {
    await page.goto(`${server.site}/ko/foundations/`);
    await installed(page);
    await page.evaluate(() => localStorage.setItem('cloud-dx-course:progress-test', JSON.stringify({ note: 'kept as it was' })));
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

    server.deploy();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.locator('.sw-update');
    await expect(notice.getByRole('status')).toHaveText('코스의 새 버전이 준비되었습니다. 진행 상황은 그대로 유지됩니다.', { timeout: 30_000 });
    const reload = notice.getByRole('button', { name: '새로 고침' });
    await expect(reload).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('update-notice-ko.png') });

    const reloaded = page.waitForEvent('load');
    await reload.click();
    await reloaded;
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.sw-update')).not.toHaveClass(/open/);
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  } finally {
    await server.close();
  }
});
