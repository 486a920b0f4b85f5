import { expect, type Page, type ConsoleMessage } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every page of a built site, as URL paths (`/en/foundations/`), read from the output folder. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        if (name === '_astro' || name === 'pagefind' || name === 'figures') continue;
        walk(full);
      } else if (name === 'index.html') {
        const rel = path.relative(dir, d).split(path.sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Collects console errors and uncaught exceptions from the moment it is called. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Axe against WCAG 2.2 AA; fails listing every violation with its nodes. */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
  );
  expect(report, `axe violations ${label}`).toEqual([]);
}

/** The official sites a lesson may link to: the box catalog, the Kubernetes and Vagrant docs, source repositories. */
export const REFERENCES = new Set(['portal.cloud.hashicorp.com', 'developer.hashicorp.com', 'kubernetes.io', 'github.com']);

/** An https link to one of REFERENCES. */
export function isReference(href: string): boolean {
  return href.startsWith('https://') && REFERENCES.has(new URL(href).host);
}
