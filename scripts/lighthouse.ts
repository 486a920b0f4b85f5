/**
 * `npm run lighthouse`: Lighthouse (mobile) on the home page, a lesson, a lesson with a lab and the progress
 * page of the built site (dist/, run `npm run build` first), in its four categories, with the installable-app
 * checks beside them: Chromium's own installability verdict (manifest, icons, a service worker controlling
 * the page), and the page opening with the network off once the worker has run. Uses Debian's Chromium
 * (CHROME_PATH first). Prints a table and writes the figures under `lighthouse` in bench/results.json.
 * Not part of `npm test`: scores depend on the machine's load. `npm run bench` runs the same.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execSync, spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';

export interface PageScores {
  url: string;
  scores: Record<string, number>;
  /** Audits that count towards a score and are below full marks. */
  failing: string[];
  installable: boolean;
  installErrors: string[];
  offline: boolean;
}

const root = path.resolve(import.meta.dirname, '..');

export function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
const chromeArgs = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-gpu'];

/** The four pages: home, the first lesson without a lab, the first lesson with a lab, progress. */
export function lighthousePages(dist = path.join(root, 'dist')): [string, string][] {
  const lessons: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html' && path.relative(path.join(dist, 'en'), full).split(path.sep).length === 3) lessons.push(full);
    }
  };
  walk(path.join(dist, 'en'));
  lessons.sort();
  const url = (f: string | undefined) => f && '/' + path.relative(dist, path.dirname(f)).split(path.sep).join('/') + '/';
  const lesson = url(lessons.find((f) => !readFileSync(f, 'utf8').includes('lab-slot')));
  const lab = url(lessons.find((f) => readFileSync(f, 'utf8').includes('lab-slot')));
  const out: [string, string][] = [['home', '/en/']];
  if (lesson) out.push(['lesson', lesson]);
  if (lab) out.push(['lab lesson', lab]);
  out.push(['progress', '/en/progress/']);
  return out;
}

/** Chromium's installability verdict for a page once its worker controls it, and whether it then opens offline. */
async function installCheck(url: string): Promise<Pick<PageScores, 'installable' | 'installErrors' | 'offline'>> {
  // A profile of its own: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(path.join(tmpdir(), 'cdx-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromePath(), args: chromeArgs, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload({ waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
    };
    const installErrors = installabilityErrors.map((e) => [e.errorId, ...e.errorArguments.map((a) => `${a.name}=${a.value}`)].join(' '));
    await context.setOffline(true);
    const offline = await page
      .reload({ waitUntil: 'load' })
      .then((r) => r?.ok() ?? false)
      .catch(() => false);
    return { installable: installErrors.length === 0, installErrors, offline };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs Lighthouse and the install checks on every page of `pages` served at `site`. */
export async function runLighthouse(site: string, pages = lighthousePages(), debugPort = 9333): Promise<Record<string, PageScores>> {
  const { default: lighthouse } = await import('lighthouse');
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...chromeArgs, `--remote-debugging-port=${debugPort}`] });
  const out: Record<string, PageScores> = {};
  try {
    for (const [label, p] of pages) {
      const result = await lighthouse(site + p, {
        port: debugPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        formFactor: 'mobile',
      });
      const cats = result?.lhr.categories ?? {};
      const audits = result?.lhr.audits ?? {};
      const failing = Object.values(cats)
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      out[label] = {
        url: p,
        scores: Object.fromEntries(Object.values(cats).map((c) => [c.id, Math.round((c.score ?? 0) * 100)])),
        failing: [...new Set(failing)],
        ...(await installCheck(site + p)),
      };
    }
  } finally {
    await browser.close();
  }
  return out;
}

export const allFull = (r: PageScores) => Object.values(r.scores).every((s) => s === 100) && r.installable && r.offline;

/** Puts the figures under `lighthouse` in bench/results.json, keeping the rest of the file. */
export function recordLighthouse(results: Record<string, PageScores>): void {
  const file = path.join(root, 'bench/results.json');
  const doc = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    /* not a git checkout */
  }
  doc.lighthouse = { date: new Date().toISOString(), commit, formFactor: 'mobile', pages: results };
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(path.join(root, 'dist'))) throw new Error('run `npm run build` first: Lighthouse measures the built site in dist/');
  const port = Number(process.env.LIGHTHOUSE_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 6 : 4391));
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', String(port), '/'], { cwd: root, stdio: 'ignore' });
  let results: Record<string, PageScores>;
  try {
    await new Promise((r) => setTimeout(r, 600));
    results = await runLighthouse(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
  for (const [label, r] of Object.entries(results)) {
    const scores = Object.entries(r.scores).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${label.padEnd(11)} ${r.url}\n  ${scores}; installable: ${r.installable ? 'yes' : `no (${r.installErrors.join('; ')})`}; offline after one visit: ${r.offline ? 'yes' : 'no'}`);
    if (r.failing.length) console.log(`  below full marks: ${r.failing.join(', ')}`);
  }
  recordLighthouse(results);
  console.log('wrote bench/results.json (lighthouse)');
  process.exitCode = Object.values(results).every(allFull) ? 0 : 1;
}
