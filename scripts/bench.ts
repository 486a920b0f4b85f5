/**
 * `npm run bench`: measures the site and the simulator against the budgets in the design (reported, never
 * asserted in tests). Sections: the build, page weights, Lighthouse, then every bench/*.bench.ts.
 * Options: --skip-build (measure the existing dist/), --skip-lighthouse, --only=<section>, --runs=<n> (lab timings).
 * Every lab: bytes before its first prompt, bytes in all, and the time from the panel coming into view to the
 * prompt on a desktop and on a phone profile (CPU ×4), as medians. Writes bench/results.json.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { BUDGETS, labPages, measureLab, type LabWeight } from './budgets';
import { runLighthouse, type PageScores } from './lighthouse';

let lighthouseResults: Record<string, PageScores> | null = null;

/** The Lighthouse figures already in bench/results.json (kept when this run skipped Lighthouse). */
function earlierLighthouse(): unknown {
  try {
    return (JSON.parse(readFileSync(path.join(import.meta.dirname, '../bench/results.json'), 'utf8')) as { lighthouse?: unknown }).lighthouse;
  } catch {
    return undefined;
  }
}

const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith('--only='))?.slice(7);
const root = path.resolve(import.meta.dirname, '..');
const runs = Math.max(1, Number([...args].find((a) => a.startsWith('--runs='))?.slice(7) ?? 5));
// Its own port beside the browser tests' (E2E_PORT), so two people can bench on one machine.
const PORT = Number(process.env.BENCH_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 5 : 4390));
const SITE = `http://127.0.0.1:${PORT}`;
const rows: { section: string; measure: string; value: string; budget: string; ok: boolean | null }[] = [];
const row = (section: string, measure: string, value: string, budget = '', ok: boolean | null = null) =>
  rows.push({ section, measure, value, budget, ok });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const want = (s: string) => !only || only === s;

function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
const chromeArgs = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-gpu'];

async function buildSection(): Promise<void> {
  if (args.has('--skip-build') && existsSync(path.join(root, 'dist'))) return;
  const t0 = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: SITE } });
  const s = (performance.now() - t0) / 1000;
  row('build', 'npm run build, both languages', `${s.toFixed(1)} s`, '≤ 30 s', s <= 30);
}

function serve(): ChildProcess {
  return spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', String(PORT), '/'], { cwd: root, stdio: 'ignore' });
}

function gz(url: string): number {
  const file = path.join(root, 'dist', new URL(url).pathname);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

function pagesOf(kind: 'lesson' | 'lab' | 'k8s-lab'): string | undefined {
  const lessons: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name === 'index.html') lessons.push(full);
    }
  };
  walk(path.join(root, 'dist/en'));
  const found = lessons
    .filter((f) => path.relative(path.join(root, 'dist/en'), f).split(path.sep).length === 3)
    .find((f) => {
      const html = readFileSync(f, 'utf8');
      if (kind === 'lesson') return !html.includes('lab-slot');
      // The first Vagrant lab starts on the Windows host; the Kubernetes labs need the cluster model at start.
      return html.includes('lab-slot') && html.includes('data-lab-id="vagrant-first-vm"') === (kind === 'lab');
    });
  return found && '/' + path.relative(path.join(root, 'dist'), path.dirname(found)).split(path.sep).join('/') + '/';
}

async function weightSection(browser: Browser): Promise<void> {
  const targets: [string, string | undefined][] = [
    ['home', '/en/'],
    ['lesson without a lab', pagesOf('lesson')],
    ['lesson with a lab (before the terminal loads)', pagesOf('lab')],
    ['lesson with a Kubernetes lab (before the terminal loads)', pagesOf('k8s-lab')],
    ['progress page', '/en/progress/'],
    ['review page', '/en/review/'],
    ['completion page', '/en/certificate/'],
  ];
  for (const [label, p] of targets) {
    if (!p) {
      row('weight', label, 'no such page yet');
      continue;
    }
    // Narrow and far from the panel, so nothing asks for the terminal.
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const js = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') js.add(r.url());
    });
    await page.goto(SITE + p, { waitUntil: 'networkidle' });
    const total = [...js].reduce((s, u) => s + gz(u), 0);
    row('weight', `${label}: JavaScript (gzip)`, kb(total), `≤ ${kb(BUDGETS.pageJs)}`, total <= BUDGETS.pageJs);
    if (label.startsWith('lesson with a')) {
      const before = new Set(js);
      // A click on the panel starts it without scrolling past the quiz (which loads its own code near view).
      await page.locator('.lab-slot .lab-placeholder').dispatchEvent('click');
      await page.waitForSelector('.xterm', { timeout: 20_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const added = [...js].filter((u) => !before.has(u));
      const size = added.reduce((s, u) => s + gz(u), 0);
      // The budget is for what the first prompt needs: see the lab section. This is all the lab loads.
      row('weight', `${label.includes('Kubernetes') ? 'Kubernetes lab' : 'Vagrant lab'} on a click, once idle: xterm, addon, simulator, panel (gzip)`, added.length ? kb(size) : 'the lab did not load');
      // Keystroke to echo: real key presses, timed in the page from keydown to the terminal's rows changing.
      await page.locator('.lab-slot').scrollIntoViewIfNeeded();
      const focused = await page
        .locator('.xterm-helper-textarea')
        .first()
        .focus()
        .then(() => true)
        .catch(() => false);
      if (focused) {
        await page.evaluate(() => {
          const w = window as unknown as { __echo: number[]; __t0: number };
          w.__echo = [];
          w.__t0 = 0;
          document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
          const rows = document.querySelector('.xterm-rows')!;
          new MutationObserver(() => {
            if (w.__t0) {
              w.__echo.push(performance.now() - w.__t0);
              w.__t0 = 0;
            }
          }).observe(rows, { subtree: true, childList: true, characterData: true });
        });
        for (const ch of 'vagrant status --help') {
          await page.keyboard.press(ch === ' ' ? 'Space' : ch);
          await page.waitForTimeout(40);
        }
        const echo = await page.evaluate(() => {
          const t = [...(window as unknown as { __echo: number[] }).__echo].sort((a, b) => a - b);
          return t.length ? { median: t[Math.floor(t.length / 2)], n: t.length } : null;
        });
        if (echo) row('speed', `keystroke to echo in the page (median of ${echo.n})`, `${echo.median.toFixed(1)} ms`, '≤ 16.7 ms (one frame)', echo.median <= 16.7);
      }
    }
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const labResults: Record<string, { page: string; beforePromptBytes: number; allBytes: number; files: string[]; desktopMs: number; phoneMs: number; desktopReadyMs: number; phoneReadyMs: number }> = {};

/** Every lab: weight before the prompt and in all, and panel-visible → prompt on desktop and on a phone (CPU ×4). */
async function labSection(browser: Browser): Promise<void> {
  const dist = path.join(root, 'dist');
  for (const [lab, page] of labPages(dist)) {
    const opts = { site: `${SITE}/`, dist, base: '/', page, lab };
    const desktop: LabWeight[] = [];
    const phone: LabWeight[] = [];
    for (let i = 0; i < runs; i++) {
      desktop.push(await measureLab(browser, opts));
      phone.push(await measureLab(browser, { ...opts, phone: true, cpuSlowdown: 4 }));
    }
    const w = desktop[0];
    const r = (labResults[lab] = {
      page: `/${page}`,
      beforePromptBytes: w.beforePrompt,
      allBytes: w.all,
      files: w.files,
      desktopMs: Math.round(median(desktop.map((x) => x.ms))),
      phoneMs: Math.round(median(phone.map((x) => x.ms))),
      desktopReadyMs: Math.round(median(desktop.map((x) => x.readyMs))),
      phoneReadyMs: Math.round(median(phone.map((x) => x.readyMs))),
    });
    row('lab', `${lab}: JavaScript before the first prompt (gzip)`, kb(r.beforePromptBytes), `≤ ${kb(BUDGETS.labFirstPrompt)}`, r.beforePromptBytes <= BUDGETS.labFirstPrompt);
    row('lab', `${lab}: JavaScript in all, once idle (gzip)`, kb(r.allBytes));
    row('lab', `${lab}: panel visible → prompt, desktop (median of ${runs})`, `${r.desktopMs} ms`);
    row('lab', `${lab}: panel visible → prompt, phone CPU ×4 (median of ${runs})`, `${r.phoneMs} ms`);
    row('lab', `${lab}: panel visible → simulator ready, desktop / phone CPU ×4 (medians)`, `${r.desktopReadyMs} ms / ${r.phoneReadyMs} ms`);
  }
}

async function lighthouseSection(): Promise<void> {
  if (args.has('--skip-lighthouse')) return;
  // The same run as `npm run lighthouse` (scripts/lighthouse.ts), with the installable-app checks.
  lighthouseResults = await runLighthouse(SITE);
  for (const [label, r] of Object.entries(lighthouseResults)) {
    const scores = Object.entries(r.scores).map(([k, v]) => `${k.replace('best-practices', 'bp')} ${v}`);
    row('lighthouse', `${label} (mobile)`, scores.join(', '), 'all 100', Object.values(r.scores).every((v) => v === 100));
    row('lighthouse', `${label}: installable, opens offline`, `${r.installable ? 'yes' : `no (${r.installErrors.join('; ')})`}, ${r.offline ? 'yes' : 'no'}`, 'yes, yes', r.installable && r.offline);
    if (r.failing.length) row('lighthouse', `${label}: audits below full marks`, r.failing.join(', '));
  }
}

/** A bench module's figure: `{ value, budget, ok }`, a latency summary `{ medianMs, p99Ms, … }`, a group, or a plain value. */
function addResult(section: string, measure: string, value: unknown): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    row(section, measure, String(value));
    return;
  }
  const v = value as Record<string, unknown>;
  if ('value' in v) {
    row(section, measure, String(v.value), String(v.budget ?? ''), typeof v.ok === 'boolean' ? v.ok : null);
    return;
  }
  if ('medianMs' in v) {
    const known = ['medianMs', 'p99Ms', 'maxMs', 'runs', 'budgetMs', 'withinBudget', 'perSecond'];
    const extra = Object.entries(v)
      .filter(([k]) => !known.includes(k))
      .map(([k, x]) => `${k} ${typeof x === 'object' ? JSON.stringify(x) : x}`);
    const text =
      `median ${v.medianMs} ms, p99 ${v.p99Ms} ms` + (v.perSecond ? `, ${v.perSecond}/s` : '') + (extra.length ? ` (${extra.join(', ')})` : '');
    row(section, measure, text, v.budgetMs !== undefined ? `median ≤ ${v.budgetMs} ms` : '', typeof v.withinBudget === 'boolean' ? v.withinBudget : null);
    return;
  }
  if (Object.values(v).every((x) => typeof x !== 'object' || x === null)) {
    row(section, measure, Object.entries(v).map(([k, x]) => `${k} ${x}`).join(', '));
    return;
  }
  for (const [k, x] of Object.entries(v)) addResult(section, `${measure} ${k}`, x);
}

async function moduleSections(): Promise<void> {
  const dir = path.join(root, 'bench');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
    const section = name.replace(/\.bench\.ts$/, '');
    if (!want(section)) continue;
    try {
      const mod = (await import(pathToFileURL(path.join(dir, name)).href)) as { default: () => Promise<Record<string, unknown>> };
      const result = await mod.default();
      for (const [measure, value] of Object.entries(result)) addResult(section, measure, value);
    } catch (e) {
      row(section, 'error', (e as Error).message.split('\n')[0], '', false);
    }
  }
}

if (want('build') || want('weight') || want('lab') || want('lighthouse')) await buildSection();
if (want('weight') || want('lab') || want('lighthouse')) {
  const server = serve();
  await new Promise((r) => setTimeout(r, 600));
  try {
    if (want('weight') || want('lab')) {
      const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
      if (want('weight')) await weightSection(browser);
      if (want('lab')) await labSection(browser);
      await browser.close();
    }
    if (want('lighthouse')) await lighthouseSection();
  } finally {
    server.kill();
  }
}
await moduleSections();

const w = [12, 52, 34, 22];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i])).join(' ').trimEnd();
console.log(line(['SECTION', 'MEASURE', 'VALUE', 'BUDGET']) + '  OK');
for (const r of rows) console.log(line([r.section, r.measure, r.value, r.budget]) + (r.ok === null ? '' : r.ok ? '  yes' : '  NO'));
const over = rows.filter((r) => r.ok === false).length;
console.log(over ? `\n${over} measure(s) over budget` : '\nall measures within budget');

// Figures to compare over time (a run of one section, --only=<section>, leaves the file as it was, except the lab section's).
if (!only || only === 'lab') {
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    /* not a git checkout */
  }
  writeFileSync(
    path.join(root, 'bench/results.json'),
    JSON.stringify({ date: new Date().toISOString(), commit, runs, budgets: BUDGETS, labs: labResults, lighthouse: lighthouseResults ? { date: new Date().toISOString(), commit, formFactor: 'mobile', pages: lighthouseResults } : earlierLighthouse(), rows }, null, 2) + '\n',
  );
  console.log('wrote bench/results.json');
}
