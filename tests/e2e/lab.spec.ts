import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './helpers';

const LESSON = '/en/vagrant-lab/first-vm/';

async function openLab(page: Page, url = LESSON): Promise<Locator> {
  await page.goto(url);
  const panel = page.locator('.lab-slot .lab-panel');
  // On narrow screens the lab sits below the lesson and loads when it scrolls into view.
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveClass(/lab-ready/, { timeout: 20_000 });
  return panel;
}

/** Types a line into the terminal from the keyboard and presses Enter. */
async function typeLine(page: Page, panel: Locator, line: string): Promise<void> {
  await panel.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Everything the terminal printed, from the screen-reader transcript. */
function transcript(panel: Locator): Locator {
  return panel.locator('.lab-transcript');
}

/** The text xterm draws on screen now. */
async function screen(panel: Locator): Promise<string> {
  return (await panel.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
}

/** Axe (WCAG 2.2 AA) on the lab panel and everything it puts on the page. */
async function expectLabAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('.lab-slot')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const report = results.violations.map(
    (v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
  );
  expect(report, `axe violations: ${label}`).toEqual([]);
}

async function waitForPrompt(panel: Locator, prompt: string): Promise<void> {
  await expect
    .poll(async () => (await screen(panel)).trimEnd().split('\n').at(-1)?.trimEnd(), { timeout: 30_000 })
    .toBe(prompt);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('lab-test-started')) {
      localStorage.clear();
      sessionStorage.setItem('lab-test-started', '1');
    }
  });
});

test("the seed's Vagrant session, typed into the terminal", async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const panel = await openLab(page);
  const host = 'D:\\3_VMs\\HashiCorp>';
  await waitForPrompt(panel, host);

  await typeLine(page, panel, 'vagrant init');
  await expect(transcript(panel)).toContainText('A `Vagrantfile` has been placed in this directory.');
  await typeLine(page, panel, 'vagrant init');
  await expect(transcript(panel)).toContainText('`Vagrantfile` already exists in this directory.');
  await typeLine(page, panel, 'del vagrantfile');
  await typeLine(page, panel, 'vagrant init');
  await waitForPrompt(panel, host);
  await typeLine(page, panel, 'type Vagrantfile');
  await expect(transcript(panel)).toContainText('config.vm.box = "base"');
  await typeLine(page, panel, 'vagrant up');
  await expect(transcript(panel)).toContainText("Couldn't open file", { timeout: 30_000 });
  await waitForPrompt(panel, host);

  // The Vagrantfile edits happen in the editor pane: 6.0.0 (Rocky 9.6) is listed but its file is gone.
  const editor = panel.locator('.lab-editor-text');
  const vagrantfile = (version: string) =>
    `# -*- mode: ruby -*-\n# vi: set ft=ruby :\n\nVagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "${version}"\nend\n`;
  await typeLine(page, panel, 'notepad Vagrantfile');
  await expect(editor).toBeVisible();
  await expect(editor).toBeFocused();
  await editor.fill(vagrantfile('6.0.0'));
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await typeLine(page, panel, 'vagrant up');
  await expect(transcript(panel)).toContainText('The requested URL returned error: 404', { timeout: 30_000 });
  await waitForPrompt(panel, host);
  await typeLine(page, panel, 'notepad Vagrantfile');
  await expect(editor).toBeVisible();
  await editor.fill(vagrantfile('5.0.0'));
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await typeLine(page, panel, 'vagrant up');
  await expect(transcript(panel)).toContainText('Machine booted and ready!', { timeout: 45_000 });
  await waitForPrompt(panel, host);
  await typeLine(page, panel, 'Vagrant ssh');
  await waitForPrompt(panel, '[vagrant@localhost ~]$');
  await typeLine(page, panel, 'uptime');
  await expect(transcript(panel)).toContainText(/up \d+ min/);
  await typeLine(page, panel, 'cat /etc/redhat-release');
  await expect(transcript(panel)).toContainText('Rocky Linux release 9.5 (Blue Onyx)');
  expect(await screen(panel)).toContain('Rocky Linux release 9.5 (Blue Onyx)');
  await typeLine(page, panel, 'exit');
  await waitForPrompt(panel, host);
  await typeLine(page, panel, 'Vagrant -f destroy');
  await expect(transcript(panel)).toContainText("Are you sure you want to destroy the 'default' VM? [y/N]");
  await page.keyboard.type('y');
  await page.keyboard.press('Enter');
  await expect(transcript(panel)).toContainText('==> default: Destroying VM and associated drives...', { timeout: 20_000 });
  await waitForPrompt(panel, host);

  // Every step of the lab is complete: its checks read the world, not the text.
  await expect(panel.locator('.lab-step[data-state="done"]')).toHaveCount(11);
  await expect(panel.locator('.lab-count')).toContainText('Lab complete');
  expect(errors).toEqual([]);
});

test('line editing: history, Ctrl+A/E/U/W, completion and a multi-line paste', async ({ page }) => {
  const panel = await openLab(page);
  await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
  await panel.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('vagrant --versoin');
  await page.keyboard.press('Control+w');
  await page.keyboard.type('--version');
  await page.keyboard.press('Enter');
  await expect(transcript(panel)).toContainText('Vagrant 2.4');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.type('x');
  await expect.poll(() => screen(panel)).toContain('D:\\3_VMs\\HashiCorp>xvagrant --version');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('vagrant ini');
  await page.keyboard.press('Tab');
  await expect.poll(() => screen(panel)).toContain('D:\\3_VMs\\HashiCorp>vagrant init ');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+k');
  // A pasted block runs one line after the other.
  await page.evaluate(() => {
    const ta = document.querySelector<HTMLTextAreaElement>('.lab-panel .xterm-helper-textarea')!;
    const data = new DataTransfer();
    data.setData('text/plain', 'vagrant init\ntype Vagrantfile\n');
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(transcript(panel)).toContainText('config.vm.box = "base"');
  await page.keyboard.type('echo \u001b[31mnot red');
  expect(await panel.locator('.xterm-rows span[style*="color"]').count()).toBe(0);
});

test('saving in the editor changes what `type Vagrantfile` prints', async ({ page }) => {
  const panel = await openLab(page);
  await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
  await typeLine(page, panel, 'vagrant init -m');
  await typeLine(page, panel, 'notepad Vagrantfile');
  const editor = panel.locator('.lab-editor-text');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(/config\.vm\.box = "base"/);
  await editor.fill('Vagrant.configure("2") do |config|\n  config.vm.box = "generic/rocky9"\nend\n');
  await page.keyboard.press('Control+s');
  await expect(panel.locator('.lab-status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(panel.locator('.xterm-helper-textarea')).toBeFocused();
  await typeLine(page, panel, 'type Vagrantfile');
  await expect(transcript(panel)).toContainText('config.vm.box = "generic/rocky9"');
  expect(await screen(panel)).toContain('config.vm.box = "generic/rocky9"');
});

test('a replay runs to the end and a take-over continues from its state', async ({ page }) => {
  test.setTimeout(180_000);
  const panel = await openLab(page);
  await panel.getByRole('button', { name: 'Watch' }).click();
  await panel.getByLabel('Speed').selectOption('4');
  const caption = panel.locator('.lab-caption');
  await expect(caption).toContainText('empty folder');
  await expect(caption).toContainText('The replay has finished', { timeout: 120_000 });
  await expect(transcript(panel)).toContainText('Rocky Linux release 9.5 (Blue Onyx)');
  await expect(transcript(panel)).toContainText('==> default: Destroying VM and associated drives...');
  await panel.getByRole('button', { name: 'Take over' }).click();
  await expect(panel.locator('.lab-status')).toContainText('You have the keyboard');
  // The replay left an edited Vagrantfile behind: the learner's world is the replay's world.
  await typeLine(page, panel, 'type Vagrantfile');
  await expect(transcript(panel)).toContainText('config.vm.box_version = "5.0.0"');
  await typeLine(page, panel, 'vagrant status');
  await expect(transcript(panel)).toContainText(/default\s+not created \(virtualbox\)/);
});

test('"Run in terminal" on a code block types the command into the lesson\'s lab', async ({ page }) => {
  // Far from the panel on a narrow screen: the click itself must bring the terminal in.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(LESSON);
  await expect(page.locator('.lab-slot .lab-panel')).not.toHaveClass(/lab-ready/);
  const run = page.getByRole('button', { name: 'Run in terminal' });
  await run.first().scrollIntoViewIfNeeded();
  await run.first().click();
  const panel = page.locator('.lab-slot .lab-panel');
  await expect(panel).toHaveClass(/lab-ready/, { timeout: 20_000 });
  await expect(transcript(panel)).toContainText('D:\\3_VMs\\HashiCorp>vagrant init');
  await expect(transcript(panel)).toContainText('has been placed');
  await expect(panel.locator('.lab-step').first()).toHaveAttribute('data-state', 'done');
  // A block of two lines runs both, one after the other.
  await run.nth(3).click();
  await expect(transcript(panel)).toContainText('D:\\3_VMs\\HashiCorp>del Vagrantfile');
  await expect.poll(async () => ((await transcript(panel).textContent()) ?? '').split('has been placed').length - 1).toBe(2);
});

test('kubectl scale adds pods to the cluster view, and a deleted pod is replaced', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = await openLab(page, '/en/kubernetes-cluster/workloads/');
  const root = '[root@m-k8s ~]#';
  await waitForPrompt(panel, root);
  const view = panel.locator('.lab-cluster');
  await expect(view.locator('.lab-node')).toHaveCount(3);
  await expect(view.locator('.lab-node[data-node="w1-k8s"]')).toContainText('Ready');
  await expect(view.locator('.lab-node[data-node="m-k8s"]')).toContainText('v1.28');
  await typeLine(page, panel, 'kubectl create deployment nginx --image=nginx:1.25 --replicas=3');
  await expect(transcript(panel)).toContainText('deployment.apps/nginx created');
  await expect(view.locator('.lab-pod')).toHaveCount(3);
  await expect(view.locator('.lab-pod[data-phase="Running"]')).toHaveCount(3, { timeout: 30_000 });
  await typeLine(page, panel, 'kubectl scale deployment nginx --replicas=5');
  await expect(transcript(panel)).toContainText('deployment.apps/nginx scaled');
  await expect(view.locator('.lab-pod')).toHaveCount(5);
  await expect(view.locator('.lab-pod[data-phase="Running"]')).toHaveCount(5, { timeout: 30_000 });
  // The text form: every mark names its pod and status.
  const labels = await view.locator('.lab-pod').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  for (const l of labels) expect(l).toMatch(/^nginx-[a-z0-9]{8,10}-[a-z0-9]{5}: Running$/);
  await typeLine(page, panel, `kubectl delete pod ${labels[0]!.split(':')[0]}`);
  await expect(transcript(panel)).toContainText(`pod "${labels[0]!.split(':')[0]}" deleted`);
  await expect
    .poll(async () => view.locator('.lab-pod').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))), { timeout: 30_000 })
    .not.toContain(labels[0]);
  await expect(view.locator('.lab-pod[data-phase="Running"]')).toHaveCount(5, { timeout: 30_000 });
  // Draining a node moves its pods away and marks it.
  await typeLine(page, panel, 'kubectl cordon w2-k8s');
  await expect(view.locator('.lab-node[data-node="w2-k8s"]')).toContainText('cordoned');
  await panel.screenshot({ path: 'test-results/lab-panel-cluster.png' });
});

test('a completed step is still complete after a reload', async ({ page }) => {
  const panel = await openLab(page);
  await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
  await typeLine(page, panel, 'vagrant init');
  const first = panel.locator('.lab-step').first();
  await expect(first).toHaveAttribute('data-state', 'done');
  await expect(panel.locator('.lab-step').nth(1)).toHaveAttribute('data-state', 'current');
  await page.reload();
  const again = page.locator('.lab-slot .lab-panel');
  await expect(again).toHaveClass(/lab-ready/, { timeout: 20_000 });
  await expect(again.locator('.lab-step').first()).toHaveAttribute('data-state', 'done');
  await expect(again.locator('.lab-status')).toContainText('Restored the 1 completed steps');
  // The world was rebuilt to match: the Vagrantfile is there.
  await expect(again.locator('.lab-step').nth(1)).toHaveAttribute('data-state', 'current');
  await typeLine(page, again, 'type Vagrantfile');
  await expect(transcript(again)).toContainText('config.vm.box = "base"');
  // So a second `vagrant init` meets the file and refuses, which is the next step.
  await typeLine(page, again, 'vagrant init');
  await expect(transcript(again)).toContainText('`Vagrantfile` already exists in this directory.');
  await expect(again.locator('.lab-step').nth(1)).toHaveAttribute('data-state', 'done');
});

test('practise: hints one at a time, show me puts the solution on the prompt, reset', async ({ page }) => {
  const panel = await openLab(page);
  await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
  const hint = panel.getByRole('button', { name: 'Show a hint' });
  await hint.click();
  await expect(panel.locator('.lab-hints li')).toHaveCount(1);
  await hint.click();
  await expect(panel.locator('.lab-hints li')).toHaveCount(2);
  await expect(panel.getByRole('button', { name: 'No more hints' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Show me' }).click();
  await expect.poll(() => screen(panel)).toContain('D:\\3_VMs\\HashiCorp>vagrant init');
  await expect(transcript(panel)).not.toContainText('has been placed');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.lab-step').first()).toHaveAttribute('data-state', 'done');
  page.once('dialog', (d) => d.accept());
  await panel.getByRole('button', { name: 'Reset lab' }).click();
  await expect(panel.locator('.lab-step').first()).toHaveAttribute('data-state', 'current');
  // The world is back at its start: no Vagrantfile.
  await typeLine(page, panel, 'type Vagrantfile');
  await expect(transcript(panel)).toContainText('The system cannot find the file specified.');
});

test('keyboard only: start the terminal, type, leave it, use the controls', async ({ page }) => {
  await page.goto(LESSON);
  const panel = page.locator('.lab-slot .lab-panel');
  // The second skip link leads past a long lesson straight to the lab.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the lab' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#lab')).toBeFocused();
  // Reach the lab's controls with Tab alone from there.
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('.lab-slot .lab-panel') !== null);
  }
  expect(reached).toBe(true);
  await expect(panel).toHaveClass(/lab-ready/, { timeout: 20_000 });
  // Move to the terminal by Tab and type.
  for (let i = 0; i < 20; i++) {
    if (await panel.locator('.xterm-helper-textarea').evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(panel.locator('.xterm-helper-textarea')).toBeFocused();
  const focusRing = await panel.locator('.lab-term-box').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(focusRing).toBe('solid');
  await page.keyboard.type('vagrant init');
  await page.keyboard.press('Enter');
  await expect(transcript(panel)).toContainText('has been placed');
  // Escape leaves the terminal for the first control below it; Enter activates it.
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('button', { name: 'Show a hint' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.locator('.lab-hints li')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  // The cluster view scrolls, so it takes focus on the way back (when the lab shows one).
  const cluster = panel.locator('.lab-cluster');
  if (await cluster.isVisible()) {
    await expect(cluster).toBeFocused();
    await page.keyboard.press('Shift+Tab');
  }
  await expect(panel.locator('.xterm-helper-textarea')).toBeFocused();
});

test('the split beside the lesson is resizable from the keyboard and remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const panel = await openLab(page);
  const splitter = panel.getByRole('separator', { name: 'Resize the lab panel' });
  await expect(splitter).toBeVisible();
  const before = (await panel.boundingBox())!.width;
  await splitter.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  const wider = (await panel.boundingBox())!.width;
  expect(wider).toBeGreaterThan(before + 60);
  await expect(splitter).toHaveAttribute('aria-valuenow', String(Math.round(wider)));
  await page.reload();
  const again = page.locator('.lab-slot .lab-panel');
  await expect.poll(async () => Math.round((await again.boundingBox())!.width)).toBe(Math.round(wider));
  // Narrow screens have no split: the lab sits below the lesson at full width.
  await page.setViewportSize({ width: 800, height: 900 });
  await expect(again.getByRole('separator')).toBeHidden();
});

test('axe finds nothing on a page with an open lab, in both themes', async ({ page }) => {
  const panel = await openLab(page);
  await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
  await typeLine(page, panel, 'vagrant init');
  await expect(transcript(panel)).toContainText('has been placed');
  await typeLine(page, panel, 'notepad Vagrantfile');
  await expect(panel.locator('.lab-editor-text')).toBeVisible();
  await expectLabAxeClean(page, 'lab with the editor open');
  await page.keyboard.press('Escape');
  await panel.getByRole('button', { name: 'Watch' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectLabAxeClean(page, 'lab in watch mode, dark');
});

test('the Korean lesson speaks Korean and the lab works there too', async ({ page }) => {
  const panel = await openLab(page, '/ko/vagrant-lab/first-vm/');
  await expect(panel.getByRole('button', { name: '연습' })).toBeVisible();
  await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
  await typeLine(page, panel, 'vagrant init');
  await expect(panel.locator('.lab-step').first()).toHaveAttribute('data-state', 'done');
});

test('screenshots of the panel: light and dark, wide and narrow', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [name, width, scheme] of [
    ['wide-light', 1440, 'light'],
    ['wide-dark', 1440, 'dark'],
    ['narrow-light', 390, 'light'],
    ['narrow-dark', 390, 'dark'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    const panel = await openLab(page);
    await panel.scrollIntoViewIfNeeded();
    await waitForPrompt(panel, 'D:\\3_VMs\\HashiCorp>');
    await typeLine(page, panel, 'vagrant init rockylinux/9 --box-version 5.0.0');
    await expect(transcript(panel)).toContainText('has been placed');
    await page.screenshot({ path: `test-results/lab-${name}.png`, fullPage: false });
    await panel.screenshot({ path: `test-results/lab-panel-${name}.png` });
    await context.close();
  }
});

test('top runs full-screen in a guest until a single q, then the prompt comes back', async ({ page }) => {
  const errors = watchErrors(page);
  const panel = await openLab(page, '/en/kubernetes-cluster/workloads/');
  const last = async () => (await screen(panel)).trimEnd().split('\n').at(-1)?.trimEnd() ?? '';
  await expect.poll(last, { timeout: 30_000 }).toMatch(/^\[\w+@m-k8s ~\][#$]$/);
  const prompt = await last();
  await typeLine(page, panel, 'top');
  await expect.poll(() => screen(panel), { timeout: 20_000 }).toMatch(/top - \d\d:\d\d:\d\d up [\s\S]*PID USER +PR +NI +VIRT +RES +SHR S +%CPU +%MEM +TIME\+ COMMAND/);
  await page.keyboard.press('q');
  await waitForPrompt(panel, prompt);
  // the q was read as a key, not typed at the prompt
  expect(await last()).toBe(prompt);
  expect(errors).toEqual([]);
});

test('Tab Tab on an empty guest prompt asks before listing every command, and lists them after y', async ({ page }) => {
  const errors = watchErrors(page);
  const panel = await openLab(page, '/en/kubernetes-cluster/workloads/');
  const lines = async () => (await screen(panel)).trimEnd().split('\n').map((l) => l.trimEnd());
  const last = async () => (await lines()).at(-1) ?? '';
  await expect.poll(last, { timeout: 30_000 }).toMatch(/^\[\w+@m-k8s ~\][#$]$/);
  const prompt = await last();
  await panel.locator('.xterm-helper-textarea').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(last, { timeout: 20_000 }).toMatch(/^Display all \d{3,} possibilities\? \(y or n\)$/);
  await page.keyboard.press('y');
  // the list down the columns, a screen at a time: --More-- when it is longer than the terminal
  await expect.poll(last).toMatch(/^--More--$|^\[\w+@m-k8s ~\][#$]$/);
  const shown = await lines();
  const question = shown.findIndex((l) => /^Display all/.test(l));
  const list = shown.slice(question + 1, -1);
  expect(list.length).toBeGreaterThan(3);
  expect(list.every((l) => /^\S+( {2,}\S+)+$/.test(l))).toBe(true);
  if ((await last()) === '--More--') await page.keyboard.press('q');
  await waitForPrompt(panel, prompt);
  // y and q were answers, not typed at the prompt
  expect(await last()).toBe(prompt);
  expect(errors).toEqual([]);
});
