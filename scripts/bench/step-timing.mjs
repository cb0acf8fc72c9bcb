// Interaction time of "next step" on a diagram (or embed or presentation) page with the CPU
// throttled 4×, from the browser's own Event Timing entries: for each click on the next-step
// button, the longest entry of its interaction (pointerdown, pointerup, click share one
// interactionId), input to next paint, as INP counts it. The API reports only entries of
// 16 ms or more; a press with no entry was faster than that and counts as 16 ms, an upper bound.
// The diagram itself is drawn in the frame after the press's own answer (drawSvg in
// explorer-svg.svelte.ts), so each press also records when the diagram was drawn: from the
// release to the end of the frame that painted the new step's SVG, as the page's script sees it.

/** The state the presses start from: the detailed map (most nodes), everything switched on. */
export const stepQuery = '?view=detailed&ligand=lps,hmgb1,morphine&drug=ldn&contested=1&step=0';

/** Sorted-sample quantile (nearest rank). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The "next step" button of a diagram or embed, and the "next slide" button of a presentation. */
const nextSelector = '[data-step-next], [data-deck="next"]';
const resetSelector = '[data-step-reset], [data-deck="first"]';

/**
 * How long a press holds the button down. A hand's click is a press and a release some time apart;
 * Playwright's mouse.click sends them back to back with the move to the button, and Chromium then
 * handled move, press, release and click with no frame between them, so the pointerdown's entry
 * spanned all of them and the step's paint: an interaction no reader makes.
 */
const holdMs = 100;

/** Resolves after two animation frames: whatever the last input changed has been painted. */
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Sets `window.__stepShown` to a promise that settles, once the diagram has left step `before` and
 * the frame that shows it has been painted, with the ms from the release (a button acts on its
 * click) to then. A mutation observer, not Playwright's waitForFunction: that polls at every
 * animation frame, so its script would run inside the very frame being timed.
 */
function watchForStep(before) {
  const shown = () => document.querySelector('svg[data-step]')?.getAttribute('data-step') !== String(before);
  let releasedAt = NaN;
  addEventListener('pointerup', (event) => (releasedAt = event.timeStamp), { capture: true, once: true });
  window.__stepShown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      // A task queued from the frame's animation callbacks runs once that frame is painted.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - releasedAt)));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-step'] });
  });
}

/**
 * The durations of `presses` presses on one fresh load of `url` (none when it has no step button).
 * `rate`: Chromium's CPU throttling (4 for the budget; 1 shows whether a step fits in one frame).
 */
export async function measureStepTiming(page, url, presses = 48, rate = 4) {
  const target = new URL(url);
  if (!target.search) target.search = stepQuery;
  await page.goto(target.href, { waitUntil: 'networkidle' });
  const next = page.locator(nextSelector).first();
  if ((await next.count()) === 0) return null;
  // The island with the button has hydrated (others may wait to be scrolled into view).
  await page.waitForFunction((selector) => {
    const island = document.querySelector(selector)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, nextSelector);
  const svg = page.locator('svg[data-step]').first();
  await page.evaluate((selector) => {
    window.__stepInteractions = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId || !entry.target?.closest?.(selector)) continue;
        const seen = window.__stepInteractions[entry.interactionId] ?? 0;
        window.__stepInteractions[entry.interactionId] = Math.max(seen, entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  }, nextSelector);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const reset = page.locator(resetSelector).first();
  const stepNow = async () => Number(await svg.getAttribute('data-step'));
  const goToStart = async () => {
    // A presentation has no "start" button: Home goes to the first slide.
    if ((await reset.count()) > 0) await reset.click();
    else await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('svg[data-step]')?.getAttribute('data-step') === '0');
  };
  if ((await stepNow()) !== 0) await goToStart();
  let clicks = 0;
  const drawnMs = [];
  while (clicks < presses) {
    if (await next.isDisabled()) await goToStart();
    const before = await stepNow();
    // A plain press at the button's centre: Playwright's own click would run its checks
    // (animation-frame polling, hit-target listeners) inside the very interaction measured. The
    // pointer is on the button, its hover painted, before the press, as a reader's would be.
    await next.scrollIntoViewIfNeeded();
    const box = await next.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate(twoFrames);
    await page.evaluate(watchForStep, before);
    await page.mouse.down();
    await page.waitForTimeout(holdMs);
    await page.mouse.up();
    clicks += 1;
    // Wait for the new step to be drawn and painted before the next press.
    drawnMs.push(await page.evaluate(() => window.__stepShown));
    await page.evaluate(twoFrames);
  }
  // Event Timing entries are delivered after the paint that ends them.
  await page.waitForTimeout(1000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const reported = Object.values(await page.evaluate(() => window.__stepInteractions));
  const durations = [...reported, ...Array(Math.max(0, clicks - reported.length)).fill(16)];
  return { query: target.search, durations, reportedAbove16ms: reported.length, drawnMs };
}

/**
 * Median, p95 and slowest of the presses of one or more loads (measureStepTiming's results), pooled:
 * one load's p95 is its third-slowest press, and moves by an 8 ms step from run to run.
 */
export function summarizeSteps(loads) {
  const durations = loads.flatMap((load) => load.durations).sort((a, b) => a - b);
  const drawn = loads.flatMap((load) => load.drawnMs).sort((a, b) => a - b);
  return {
    query: loads[0]?.query,
    loads: loads.length,
    samples: durations.length,
    reportedAbove16ms: loads.reduce((sum, load) => sum + load.reportedAbove16ms, 0),
    medianMs: quantile(durations, 0.5),
    p95Ms: quantile(durations, 0.95),
    maxMs: durations.at(-1),
    diagramDrawnMedianMs: Math.round(quantile(drawn, 0.5)),
    diagramDrawnP95Ms: Math.round(quantile(drawn, 0.95)),
  };
}
