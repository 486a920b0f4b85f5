/**
 * The lab on a phone: 360 px, touch. The on-screen keys act as the hardware keys (Tab completes, ↑ recalls,
 * Ctrl+C interrupts) without taking focus from the terminal; soft-keyboard text arrives exactly once.
 */
import { test, expect, type Page, type Locator } from '@playwright/test';
import { watchErrors } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

const K8S_LESSON = '/en/kubernetes-cluster/workloads/';
const ROOT = '[root@m-k8s ~]#';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('phone-test-started')) {
      localStorage.clear();
      sessionStorage.setItem('phone-test-started', '1');
    }
  });
});

async function screen(panel: Locator): Promise<string> {
  return (await panel.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
}

/** The line the cursor is on, as drawn. */
async function lastLine(panel: Locator): Promise<string> {
  return ((await screen(panel)).trimEnd().split('\n').at(-1) ?? '').trimEnd();
}

async function openLab(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const panel = page.locator('.lab-slot .lab-panel');
  // In view, the panel loads by itself; a tap on the terminal then focuses it.
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveClass(/lab-ready/, { timeout: 30_000 });
  await panel.locator('.xterm-screen').tap();
  return panel;
}

const focusInTerminal = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea') ?? false);

test('the on-screen keys complete, recall and interrupt, and keep the soft keyboard up', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const panel = await openLab(page, K8S_LESSON);
  await expect.poll(() => lastLine(panel), { timeout: 30_000 }).toBe(ROOT);

  const keys = panel.getByRole('group', { name: 'Terminal keys' });
  await expect(keys).toBeVisible();
  for (const name of ['Tab: complete', 'Ctrl+C: interrupt', 'Esc: leave the terminal', '↑ previous command', '↓ next command', '| vertical bar', '- hyphen', '/ slash', '~ tilde']) {
    await expect(keys.getByRole('button', { name, exact: true })).toBeVisible();
  }

  // Readable at 360 px: nothing scrolls sideways, the terminal's text is at least 12 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const fontPx = await panel.locator('.xterm-rows').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontPx).toBeGreaterThanOrEqual(12);

  await panel.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('kubectl get no');
  await keys.getByRole('button', { name: 'Tab: complete' }).tap();
  await expect.poll(() => lastLine(panel)).toBe(`${ROOT} kubectl get nodes`);
  expect(await focusInTerminal(page)).toBe(true);

  // Characters from the row land where the cursor is.
  await keys.getByRole('button', { name: '| vertical bar' }).tap();
  await keys.getByRole('button', { name: '- hyphen' }).tap();
  await expect.poll(() => lastLine(panel)).toBe(`${ROOT} kubectl get nodes |-`);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.lab-transcript')).toContainText('m-k8s', { timeout: 20_000 });
  await expect.poll(() => lastLine(panel), { timeout: 20_000 }).toBe(ROOT);

  // ↑ brings the last command back; ↓ clears it again.
  await keys.getByRole('button', { name: '↑ previous command' }).tap();
  await expect.poll(() => lastLine(panel)).toBe(`${ROOT} kubectl get nodes`);
  await keys.getByRole('button', { name: '↓ next command' }).tap();
  await expect.poll(() => lastLine(panel)).toBe(ROOT);

  // Ctrl+C interrupts a running command and gives the prompt back.
  await page.keyboard.type('sleep 300');
  await page.keyboard.press('Enter');
  // Still running a moment later: no prompt under the command.
  await page.waitForTimeout(500);
  expect(await lastLine(panel)).toBe(`${ROOT} sleep 300`);
  await keys.getByRole('button', { name: 'Ctrl+C: interrupt' }).tap();
  await expect.poll(() => lastLine(panel), { timeout: 10_000 }).toBe(ROOT);
  expect(await screen(panel)).toContain('^C');
  expect(await focusInTerminal(page)).toBe(true);
  expect(errors).toEqual([]);
});

test('soft-keyboard text and Korean composition reach the line once', async ({ page }) => {
  test.setTimeout(90_000);
  const panel = await openLab(page, '/ko/vagrant-lab/first-vm/');
  const host = 'D:\\3_VMs\\HashiCorp>';
  await expect.poll(() => lastLine(panel), { timeout: 30_000 }).toBe(host);
  await expect(panel.getByRole('group', { name: '터미널 키' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Tab: 자동 완성' })).toBeVisible();
  await panel.locator('.xterm-helper-textarea').focus();
  // insertText, as a phone keyboard's word suggestions send it.
  await page.keyboard.insertText('echo ');
  // An IME composition: ㅎ → 하 → 한, then committed; then 글 the same way.
  const cdp = await page.context().newCDPSession(page);
  for (const [steps, commit] of [[['ㅎ', '하', '한'], '한'], [['ㄱ', '그', '글'], '글']] as const) {
    for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text: commit });
  }
  await expect.poll(() => lastLine(panel)).toBe(`${host}echo 한글`);
  await page.keyboard.press('Enter');
  await expect.poll(() => lastLine(panel)).toBe(host);
  // The command line once, its output once: nothing doubled.
  const lines = (await screen(panel)).split('\n').map((l) => l.trimEnd());
  expect(lines).toContain(`${host}echo 한글`);
  expect(lines).toContain('한글');
  expect((await screen(panel)).split('한글').length).toBe(3);
});

test('the first prompt comes before the simulator, and what is typed meanwhile runs in order', async ({ page }) => {
  test.setTimeout(90_000);
  // A slow connection for the simulator's chunk only: the prompt must not wait for it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/lab-sim\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/vagrant-lab/first-vm/');
  const panel = page.locator('.lab-slot .lab-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveClass(/lab-early/, { timeout: 30_000 });
  const host = 'D:\\3_VMs\\HashiCorp>';
  await expect.poll(() => lastLine(panel)).toBe(host);
  await expect(panel).not.toHaveClass(/lab-ready/);
  await panel.locator('.xterm-screen').tap();
  await page.keyboard.type('vagrant init');
  await page.keyboard.press('Enter');
  await page.keyboard.type('type Vagrantfile');
  await page.keyboard.press('Enter');
  // Nothing ran yet: the line waits for the simulator.
  expect(await screen(panel)).not.toContain('has been placed');
  release();
  await expect(panel).toHaveClass(/lab-ready/, { timeout: 30_000 });
  await expect(panel.locator('.lab-transcript')).toContainText('config.vm.box = "base"', { timeout: 20_000 });
  // In order, each once: the first command, its output, then the second command.
  const lines = await panel.locator('.lab-transcript p').allTextContents();
  const at = (pred: (l: string) => boolean) => lines.findIndex(pred);
  const init = at((l) => l === `${host}vagrant init`);
  const placed = at((l) => l.startsWith('A `Vagrantfile` has been placed'));
  const typed = at((l) => l === `${host}type Vagrantfile`);
  expect(init).toBeGreaterThanOrEqual(0);
  expect(placed).toBeGreaterThan(init);
  expect(typed).toBeGreaterThan(placed);
  expect(lines.filter((l) => l === `${host}vagrant init`)).toHaveLength(1);
});

test('the start world comes from the build: restored, not rebuilt, and it answers as the lab left it', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const worlds: string[] = [];
  page.on('response', (r) => {
    if (/\/lab-worlds\/[^/]+\.json$/.test(r.url())) worlds.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  const panel = await openLab(page, '/en/kubernetes-cluster/kubeadm-init-and-join/');
  expect(worlds).toEqual(['200 /lab-worlds/nodes.json']);
  await expect.poll(() => lastLine(panel)).toBe('[vagrant@m-k8s ~]$');
  await page.keyboard.type('hostname; ls /etc/yum.repos.d | head -1');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.lab-transcript')).toContainText('m-k8s', { timeout: 20_000 });
  await expect(panel.locator('.lab-transcript')).toContainText('rocky-extras.repo');
  expect(errors).toEqual([]);
});

test.describe('held sideways', () => {
  test.use({ viewport: { width: 740, height: 360 } });

  test('the terminal and its keys fit the height, with no sideways scroll and text of at least 12 px', async ({ page }) => {
    const panel = await openLab(page, K8S_LESSON);
    await expect.poll(() => lastLine(panel)).toBe(ROOT);
    const measure = () => page.evaluate(() => {
      const rect = (sel: string) => {
        const r = document.querySelector(`.lab-slot ${sel}`)!.getBoundingClientRect();
        return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: Math.round(r.height) };
      };
      return {
        term: rect('.lab-term-box'),
        keys: rect('.lab-softkeys'),
        view: innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
        font: parseFloat(getComputedStyle(document.querySelector('.lab-slot .xterm-rows')!).fontSize),
        keyFont: parseFloat(getComputedStyle(document.querySelector('.lab-slot .lab-key')!).fontSize),
      };
    });
    // The tap scrolls the terminal into view (smoothly): wait until it stops.
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await measure());
        const still = now === last;
        last = now;
        return still;
      }, { intervals: [250] })
      .toBe(true);
    const box = JSON.parse(last) as Awaited<ReturnType<typeof measure>>;
    // Both whole on screen, the terminal taking most of the height.
    expect(box.term.top).toBeGreaterThanOrEqual(0);
    expect(box.keys.top).toBeGreaterThanOrEqual(box.term.bottom);
    expect(box.keys.bottom).toBeLessThanOrEqual(box.view);
    expect(box.term.height).toBeGreaterThanOrEqual(box.view * 0.6);
    expect(box.scrollWidth).toBe(box.width);
    expect(box.font).toBeGreaterThanOrEqual(12);
    expect(box.keyFont).toBeGreaterThanOrEqual(12);
    // The keys work here too: Tab completes, and the output shows above the prompt.
    await page.keyboard.type('kubectl get no');
    await panel.getByRole('button', { name: 'Tab: complete' }).tap();
    await expect.poll(() => lastLine(panel)).toBe(`${ROOT} kubectl get nodes`);
    await page.keyboard.press('Enter');
    await expect.poll(() => screen(panel)).toContain('m-k8s    Ready');
    expect(await focusInTerminal(page)).toBe(true);
  });
});
