import fs from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Playwright's own Chromium, when `npx playwright install` could download it. */
function bundledChromium(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Playwright's own download
 * if present, else a system Chromium. Throws a message that says what to install otherwise.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there. Point it at a Chromium or Chrome executable.`);
  }
  const bundled = bundledChromium();
  const found = [bundled, ...systemCandidates].find((candidate) => candidate && fs.existsSync(candidate));
  if (found) return found;
  throw new Error(
    [
      'No Chromium was found for the browser tests. Do one of these, then run npm test again:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - where downloads are allowed: npx playwright install chromium',
      '  - or set CHROMIUM_PATH=/path/to/chromium (or Chrome)',
    ].join('\n'),
  );
}
