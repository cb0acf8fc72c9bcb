import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/browser/support/find-chromium';

/** Root build on one port, the same site built under a sub-path on the other. */
export const rootPort = 4400;
export const subpathPort = 4401;
export const subpathBase = '/explainer/';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${rootPort}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
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
      command: `node scripts/serve.mjs --dir dist --port ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir dist-subpath --port ${subpathPort} --base ${subpathBase}`,
      url: `http://127.0.0.1:${subpathPort}${subpathBase}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
