/**
 * Size budgets (gzip, bytes), gated in `npm test` (tests/e2e/budgets.spec.ts) and reported by `npm run bench`,
 * and the page measurements both use. Sizes are the gzip of the built files, so they repeat exactly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';

export const BUDGETS = {
  /** A page's own JavaScript, loaded up front (before any lab loads). */
  pageJs: 10 * 1024,
  /** A lab's JavaScript before its first prompt, on top of the page's own. */
  labFirstPrompt: 130 * 1024,
  /** Every stylesheet a page uses, linked and inline (the largest page used 8.1 KB when this was set). */
  cssPerPage: 12 * 1024,
};

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Gzipped size of a built file named by its URL (under the site's base path). */
export function gzOf(dist: string, base: string, url: string): number {
  const { pathname } = new URL(url);
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
  const file = path.join(dist, decodeURIComponent(rel));
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

/** Every built page, as a path from the site root (`en/foundations/`), with its HTML file. */
export function builtPages(dist: string): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!['_astro', 'pagefind', 'figures', 'icons'].includes(e.name)) walk(full);
      } else if (e.name === 'index.html') {
        const rel = path.relative(dist, d).split(path.sep).join('/');
        out.push({ path: rel ? `${rel}/` : '', file: full });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The CSS a page uses: its linked stylesheets and inline <style> blocks, gzipped one by one. */
export function cssOf(dist: string, base: string, html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) total += gzOf(dist, base, new URL(href, 'http://x').href);
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) total += gzipSync(Buffer.from(m[1]), { level: 9 }).length;
  return total;
}

/** The first page (English first) that holds each lab's panel: lab id → page path. */
export function labPages(dist: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const lang of ['en', 'ko']) {
    for (const p of builtPages(dist).filter((x) => x.path.startsWith(`${lang}/`))) {
      for (const m of readFileSync(p.file, 'utf8').matchAll(/data-lab-id="([^"]+)"/g)) if (!found.has(m[1])) found.set(m[1], p.path);
    }
  }
  return found;
}

export interface LabWeight {
  /** Scripts fetched when the first prompt was drawn (after the page's own), gzipped. */
  beforePrompt: number;
  /** Scripts fetched once the lab is ready and the network is idle, gzipped. */
  all: number;
  /** Milliseconds from the panel scrolling into view to its first prompt. */
  ms: number;
  /** Milliseconds from the panel scrolling into view until the simulator takes commands (start world ready). */
  readyMs: number;
  files: string[];
}

/** Opens a lab page narrow and far from the panel, then scrolls the panel into view and waits for its prompt. */
export async function measureLab(
  browser: Browser,
  opts: { site: string; dist: string; base: string; page: string; lab: string; cpuSlowdown?: number; phone?: boolean },
): Promise<LabWeight> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    ...(opts.phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    serviceWorkers: 'block',
  });
  const page: Page = await context.newPage();
  try {
    if (opts.cpuSlowdown && opts.cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuSlowdown });
    }
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) scripts.add(r.url());
    });
    await page.goto(opts.site + opts.page, { waitUntil: 'networkidle' });
    const before = new Set(scripts);
    const panel = `.lab-panel[data-lab-id="${opts.lab}"]`;
    await page.locator(panel).first().waitFor({ state: 'attached', timeout: 30_000 });
    // A string, not a function: tsx (bench) would wrap a function's inner helpers in names the page lacks.
    await page.evaluate(`new Promise((resolve, reject) => {
      const el = document.querySelector(${JSON.stringify(panel)});
      if (!el) return reject(new Error('no panel ' + ${JSON.stringify(panel)} + ' on ' + location.href + ': ' + document.title));
      const t0 = performance.now();
      new MutationObserver((_, obs) => {
        if (!/\\blab-ready\\b/.test(el.className)) return;
        el.dataset.benchReadyMs = String(performance.now() - t0);
        obs.disconnect();
      }).observe(el, { attributes: true, attributeFilter: ['class'] });
      window.__labT0 = t0;
      const done = () => {
        if (!/\\blab-(early|ready)\\b/.test(el.className)) return false;
        resolve();
        return true;
      };
      new MutationObserver((_, obs) => done() && obs.disconnect()).observe(el, { attributes: true, attributeFilter: ['class'] });
      el.scrollIntoView({ block: 'center' });
    })`);
    await page.locator(`${panel}.lab-ready`).waitFor({ timeout: 60_000 });
    const readyMs = Number(await page.locator(panel).first().getAttribute('data-bench-ready-ms'));
    await page.waitForLoadState('networkidle');
    // The page marks the moment it drew the prompt (lab-app.ts): the scripts requested before it are what the
    // prompt needed, however late this page script got to look.
    const result = (await page.evaluate(`(() => {
      const mark = performance.getEntriesByName('lab-prompt')[0];
      const after = performance.getEntriesByType('resource').filter((e) => e.startTime >= window.__labT0);
      return {
        ms: mark.startTime - window.__labT0,
        loaded: after.filter((e) => e.startTime <= mark.startTime).map((e) => e.name),
        all: after.map((e) => e.name),
      };
    })()`)) as { ms: number; loaded: string[]; all: string[] };
    const gz = (u: string) => gzOf(opts.dist, opts.base, u);
    // Scripts requested from the moment the panel was scrolled into view: before the prompt, and in all.
    const js = (u: string) => /\.m?js(\?|$)/.test(u) && !before.has(u);
    const atPrompt = result.loaded.filter(js);
    const all = [...new Set([...result.all.filter(js), ...[...scripts].filter((u) => !before.has(u))])];
    return {
      beforePrompt: atPrompt.reduce((s, u) => s + gz(u), 0),
      all: all.reduce((s, u) => s + gz(u), 0),
      ms: result.ms,
      readyMs,
      files: atPrompt.map((u) => new URL(u).pathname.split('/').pop() ?? u),
    };
  } finally {
    await context.close();
  }
}
