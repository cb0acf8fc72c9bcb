import type { Page } from '@playwright/test';

/**
 * Waits for `count` rendered frames in the page, each wait capped at `capMs`: a headless Chromium
 * on a loaded machine can stop producing frames for a while, and an uncapped requestAnimationFrame
 * wait then hangs the test until its timeout instead of moving on.
 */
export async function nextFrames(page: Page, count = 2, capMs = 250): Promise<void> {
  await page.evaluate(
    async ([n, cap]) => {
      for (let i = 0; i < n; i += 1)
        await Promise.race([
          new Promise((resolve) => requestAnimationFrame(resolve)),
          new Promise((resolve) => setTimeout(resolve, cap)),
        ]);
    },
    [count, capMs] as const,
  );
}
