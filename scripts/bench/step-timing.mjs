// Interaction time of "next step" on a diagram page with the CPU throttled 4×, from the
// browser's own Event Timing entries (PerformanceEventTiming.duration: input to next paint).
// Events faster than the API's 16 ms floor produce no entry; they count as 16 ms, an upper bound.
export async function measureStepTiming(page, url, presses = 24) {
  await page.goto(url, { waitUntil: 'networkidle' });
  const next = page.locator('[data-step-next]').first();
  if ((await next.count()) === 0) return null;
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.evaluate(() => {
    window.__stepDurations = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') window.__stepDurations.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('[data-step-reset]').first().click();
  let clicks = 0;
  for (let i = 0; i < presses; i += 1) {
    if (await next.isDisabled()) await page.locator('[data-step-reset]').first().click();
    await next.click();
    clicks += 1;
    await page.waitForTimeout(120);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const reported = await page.evaluate(() => window.__stepDurations);
  const durations = [...reported, ...Array(Math.max(0, clicks - reported.length)).fill(16)].sort((a, b) => a - b);
  const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
  return { samples: durations.length, reportedAbove16ms: reported.length, medianMs: at(0.5), p95Ms: at(0.95) };
}
