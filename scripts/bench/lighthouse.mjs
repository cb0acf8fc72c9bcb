// Lighthouse (default mobile profile: Moto G Power screen, simulated slow 4G and a simulated CPU
// slowdown) for one URL, reduced to the figures the budgets name. The loads are gathered first
// and audited later, so that the bench can audit each load at the CPU slowdown calibrated to the
// host's speed as that load began (cpu-calibration.mjs), and at one slowdown for the whole bench
// and the default 4× beside it. Runs offline against the local
// server with the project's Chromium. With several runs, the figures come from the median run as
// Lighthouse itself picks it (computeMedianRun: the run closest to the median FCP and TTI), which
// is what Lighthouse's documentation recommends for a figure that does not depend on one noisy run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
    // What moved, when something did: the element and its share of the shift.
    layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map(
      (item) => `${item.node?.selector ?? item.node?.snippet ?? 'unknown'}: ${Number(item.score?.toFixed(3))}`,
    ),
    totalByteWeight: Math.round(audit('total-byte-weight')),
    // Lighthouse 13 names the element in its LCP breakdown (the audit that did, before, is gone).
    lcpElement: lhr.audits['lcp-breakdown-insight']?.details?.items?.find((item) => item.type === 'node')?.snippet ?? null,
    runtimeError: lhr.runtimeError?.message ?? null,
    warnings: lhr.runWarnings ?? [],
    failing,
  };
}

/**
 * Loads `url` in Lighthouse `runs` times and saves what each load gathered (its trace among it)
 * to a folder of its own, to be audited by auditLighthouse. Lighthouse's CPU throttling is
 * simulated: a load is not slowed, so one gathered load can be audited at any slowdown.
 */
export async function gatherLighthouse(url, port, runs = 1) {
  const folders = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      folders.push(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-')));
      await lighthouse(url, { ...flags(port), gatherMode: folders.at(-1) });
    }
  } catch (error) {
    discardGathered({ folders });
    throw error;
  }
  const artifacts = folders.map(readArtifacts);
  // The slowdown Lighthouse's settings name (4× in Lighthouse 13), read before any audit changes it.
  const defaultMultiplier = artifacts[0].settings.throttling.cpuSlowdownMultiplier;
  return { url, port, folders, benchmarkIndexes: artifacts.map((saved) => saved.BenchmarkIndex), defaultMultiplier };
}

/** Removes what gatherLighthouse saved. */
export const discardGathered = ({ folders }) => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));

const flags = (port) => ({ port, output: 'json', logLevel: 'error', onlyCategories: categories });
const readArtifacts = (folder) => JSON.parse(fs.readFileSync(path.join(folder, 'artifacts.json'), 'utf8'));

/** Audits one gathered load at a CPU slowdown of `multiplier`. */
async function audit(url, port, folder, multiplier) {
  // Lighthouse refuses to audit under other settings than it gathered with, so the saved
  // settings take the multiplier too (gathering did not depend on it).
  const artifacts = readArtifacts(folder);
  const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier: multiplier };
  fs.writeFileSync(
    path.join(folder, 'artifacts.json'),
    JSON.stringify({ ...artifacts, settings: { ...artifacts.settings, throttling } }),
  );
  const lhr = (await lighthouse(url, { ...flags(port), auditMode: folder, throttling }))?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

/**
 * Audits each load gatherLighthouse saved at the CPU slowdown `multiplierOf` gives for the
 * benchmarkIndex Lighthouse read as that load began (the host's speed then), at
 * `sharedMultiplier` (one slowdown for every load of the bench) and at the default 4×, and
 * returns the median run's figures at its own slowdown, with every run's.
 */
export async function auditLighthouse(
  { url, port, folders, benchmarkIndexes, defaultMultiplier },
  multiplierOf,
  sharedMultiplier,
) {
  const results = [];
  for (const [i, folder] of folders.entries()) {
    const multiplier = Number.isFinite(benchmarkIndexes[i]) ? multiplierOf(benchmarkIndexes[i]) : sharedMultiplier;
    // One audit per slowdown: a load's own is often the shared one (the median load's always is).
    const audits = new Map();
    const auditAt = async (slowdown) => {
      if (!audits.has(slowdown)) audits.set(slowdown, await audit(url, port, folder, slowdown));
      return audits.get(slowdown);
    };
    results.push({
      multiplier,
      calibrated: await auditAt(multiplier),
      atShared: await auditAt(sharedMultiplier),
      atDefault: await auditAt(defaultMultiplier),
    });
  }
  const median = results.length > 1 ? computeMedianRun(results.map((run) => run.calibrated)) : results[0].calibrated;
  const medianRun = results.find((run) => run.calibrated === median);
  const tbt = (lhr) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
  return {
    ...figuresOf(median),
    cpuSlowdown: medianRun.multiplier,
    tbtAtSharedSlowdownMs: tbt(medianRun.atShared),
    tbtAt4xMs: tbt(medianRun.atDefault),
    runs: results.map(({ multiplier, calibrated, atShared, atDefault }) => ({
      performance: Math.round((calibrated.categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(calibrated.audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: tbt(calibrated),
      tbtAtSharedSlowdownMs: tbt(atShared),
      tbtAt4xMs: tbt(atDefault),
      cls: Number((calibrated.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      // Lighthouse's measure of the host's CPU, taken as the page loaded, and the slowdown it gave.
      benchmarkIndex: Math.round(calibrated.environment?.benchmarkIndex ?? NaN),
      cpuSlowdown: multiplier,
    })),
  };
}
