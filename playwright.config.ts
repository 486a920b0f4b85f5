import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium where there is one (CHROME_PATH first); otherwise Playwright's own browser. */
function chromium(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Ports of the two static servers; E2E_PORT moves both (the sub-path site is on the next port). */
export const PORT = Number(process.env.E2E_PORT ?? 4321);
export const SUBPATH_PORT = PORT + 1;
export const SITE = `http://127.0.0.1:${PORT}`;
export const SUBPATH_SITE = `http://127.0.0.1:${SUBPATH_PORT}/course/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `${SITE}/`,
    trace: 'retain-on-failure',
    // The service worker precaches the whole site on every new context: only offline.spec.ts wants it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium(),
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `node scripts/serve-static.mjs dist ${PORT} /`,
      url: `${SITE}/en/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve-static.mjs dist-subpath ${SUBPATH_PORT} /course/`,
      url: SUBPATH_SITE,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
  ],
});
