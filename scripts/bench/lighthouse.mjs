// Lighthouse (default mobile profile: Moto G Power screen, simulated slow 4G and 4× CPU) for
// one URL, reduced to the figures the budgets name. Runs offline against the local server with
// the project's Chromium. With several runs, the figures come from the median run as Lighthouse
// itself picks it (computeMedianRun: the run closest to the median FCP and TTI), which is what
// Lighthouse's documentation recommends for a figure that does not depend on one noisy run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function startChrome(chromePath) {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The figures of one Lighthouse result. */
function figuresOf(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ''})`),
  );
  return {
    scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    totalByteWeight: Math.round(audit('total-byte-weight')),
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    runtimeError: lhr.runtimeError?.message ?? null,
    warnings: lhr.runWarnings ?? [],
    failing,
  };
}

/** Runs Lighthouse `runs` times on `url` and returns the median run's figures, plus every run's LCP and performance score. */
export async function runLighthouse(url, port, runs = 1) {
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
    results.push(result.lhr);
  }
  const median = results.length > 1 ? computeMedianRun(results) : results[0];
  return {
    ...figuresOf(median),
    runs: results.map((lhr) => ({
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
      // Lighthouse's measure of the host's CPU, taken in the run: its 4× slowdown assumes 1500–2000.
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
    })),
  };
}
