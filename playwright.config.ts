import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/browser/support/find-chromium';

/** Root build on one port, the same site built under a sub-path on the other. DIST_DIR and
 * DIST_SUBPATH_DIR name other build folders (e.g. to test one build while another is made). */
export const distDir = process.env.DIST_DIR ?? 'dist';
export const distSubpathDir = process.env.DIST_SUBPATH_DIR ?? 'dist-subpath';
export const rootPort = Number(process.env.TEST_PORT ?? 4400);
export const subpathPort = rootPort + 1;
export const subpathBase = '/explainer/';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  // Visual baselines (tests/browser/visual.spec.ts), committed next to the tests; one set for
  // the machine kind CI runs on (Debian's Chromium, fonts-dejavu-core). Update them with
  // `npx playwright test tests/browser/visual.spec.ts --update-snapshots` after a change you meant.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' } },
  use: {
    baseURL: `http://127.0.0.1:${rootPort}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    // The site registers a service worker; only the offline tests let it run, so that no other
    // test is answered from a cache a previous test filled.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${distDir} --port ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir ${distSubpathDir} --port ${subpathPort} --base ${subpathBase}`,
      url: `http://127.0.0.1:${subpathPort}${subpathBase}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
