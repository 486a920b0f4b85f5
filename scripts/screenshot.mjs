// Screenshots of built pages for a visual check: node scripts/screenshot.mjs <url-path> [...]
// Writes screenshots/<name>-<theme>-<width>.png for light/dark × 360/1280 px.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const base = process.env.SITE ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-gpu'],
});
for (const p of paths) {
  for (const theme of themes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      page.on('console', (m) => m.type() === 'error' && console.log(`console error on ${p}: ${m.text()}`));
      await page.goto(base + p);
      const name = p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
      const file = `screenshots/${name}-${theme}-${width}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
