#!/usr/bin/env node
// npm run bench: builds the site, serves it, and for one page of each kind (landing, the
// heaviest chapter, every diagram, an embed and a presentation page when the site has them)
// prints Lighthouse's mobile scores and LCP/TBT/CLS (each load's CPU slowdown calibrated to the
// host's speed as it began; TBT at one slowdown for the whole bench and at the default 4× beside
// them), the bytes the page loads, and the interaction time of
// "next step" under 4× CPU throttling; writes the same figures as JSON to
// bench-results/latest.json; exits 1 when a budget in bench/budgets.json is exceeded.
//
// Flags:
//   --dist <dir>      build into and measure this folder (default: $OUT_DIR, else dist)
//   --port <n>        serve it on this port (default 4610)
//   --no-build        measure the folder as it is
//   --no-lighthouse   bytes and steps only (fast)
//   --runs <n>        Lighthouse runs per page; the median run is reported (default 5)
//   --out <file>      where the JSON goes (default bench-results/latest.json)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/browser/support/find-chromium.ts';
import { calibratedCpuMultiplier } from './bench/cpu-calibration.mjs';
import { auditLighthouse, discardGathered, gatherLighthouse, startChrome } from './bench/lighthouse.mjs';
import { measurePageBytes } from './bench/measure-bytes.mjs';
import { benchPages } from './bench/page-kinds.mjs';
import { measureStepTiming, quantile, summarizeSteps } from './bench/step-timing.mjs';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    port: { type: 'string', default: '4610' },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench-results/latest.json' },
  },
  strict: true,
});

const dist = path.resolve(options.dist);
const port = Number(options.port);
const runs = Math.max(1, Number(options.runs) || 1);
const origin = `http://127.0.0.1:${port}`;
const budgets = JSON.parse(fs.readFileSync('bench/budgets.json', 'utf8'));

if (!options['no-build']) {
  // The build goes where we measure: OUT_DIR is what astro.config.mjs reads.
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: dist } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run without --no-build, or build first.`);
  process.exit(1);
}

/** Starts scripts/serve.mjs on `port` and resolves once it answers; rejects if it exits first. */
async function startServer() {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((_, reject) =>
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr.trim() || 'is the port in use?'}`))),
  );
  const ready = (async () => {
    for (let i = 0; i < 100; i += 1) {
      const ok = await fetch(`${origin}/`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server did not answer at ${origin} within 10 s`);
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return child;
}

/** Share of all CPUs' time spent busy over `ms` (the load average lags a minute behind). */
async function busyShare(ms = 1000) {
  const cpuTimes = () =>
    os
      .cpus()
      .reduce(([idle, all], { times }) => [idle + times.idle, all + Object.values(times).reduce((a, b) => a + b, 0)], [0, 0]);
  const [idle0, all0] = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const [idle1, all1] = cpuTimes();
  return 1 - (idle1 - idle0) / Math.max(1, all1 - all0);
}

// Timings (Lighthouse's simulated ones too, which scale the CPU time it observes) are inflated
// on a busy machine: say so, and record the load with the figures.
const loadAtStart = os.loadavg()[0];
const busyAtStart = await busyShare();
if (loadAtStart > os.cpus().length || busyAtStart > 0.25)
  console.error(
    `Warning: load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} CPUs, and the CPUs ${Math.round(busyAtStart * 100)}% busy in the second before the bench; timings read high on a busy machine.`,
  );

const server = await startServer().catch((error) => {
  console.error(`Cannot serve ${dist} on port ${port}: ${error.message}`);
  process.exit(1);
});
const chromePath = findChromium();
const pages = benchPages(dist);
const rows = [];
/** Each row's Lighthouse loads, gathered page by page and audited once the CPU slowdown is known. */
const gathered = new Map();
let calibration = null;
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const chrome = options['no-lighthouse'] ? null : await startChrome(chromePath);
  try {
    for (const page of pages) {
      const url = origin + page.path;
      const row = { ...page, bytes: null, lighthouse: null, steps: null, stepsUnthrottled: null, errors: [] };
      const attempt = (what, run) => attemptFor(row, what, run);
      // A fresh context per measurement: an empty cache, as a first visit. Without the service
      // worker, which would precache the whole site beside the measurement.
      const inContext = async (run) => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
        try {
          return await run(await context.newPage());
        } finally {
          await context.close();
        }
      };
      const bytes = await attempt('bytes', () => inContext((tab) => measurePageBytes(tab, url)));
      if (bytes)
        row.bytes = { jsGzip: bytes.jsGzip, cssGzip: bytes.cssGzip, total: bytes.totalBytes, transfer: bytes.transferBytes };
      if (['diagram', 'embed', 'presentation'].includes(page.kind)) {
        // Four fresh loads of 48 presses each at 4×, pooled: the p95 of one load moves by a step
        // of Event Timing's rounding from run to run. One load at full speed, for reference.
        const pooledSteps = async (loads, rate) => {
          const results = [];
          for (let i = 0; i < loads; i++) results.push(await inContext((tab) => measureStepTiming(tab, url, undefined, rate)));
          return results.includes(null) ? null : summarizeSteps(results);
        };
        row.steps = await attempt('steps', () => pooledSteps(4, 4));
        row.stepsUnthrottled = await attempt('steps at full speed', () => pooledSteps(1, 1));
      }
      if (chrome) gathered.set(row, await attempt('lighthouse', () => gatherLighthouse(url, chrome.port, runs)));
      rows.push(row);
      process.stderr.write(`measured ${page.path}${row.errors.length ? ` (${row.errors.join('; ')})` : ''}\n`);
    }
  } finally {
    chrome?.kill();
  }
  // Each load is audited at the slowdown for the benchmarkIndex Lighthouse read as it began: on
  // this shared machine the host's speed changes within one bench (1167.5–2217 in one), and a load
  // begun on a busy host ran slower throughout (the loads of lowest index read the highest TBT).
  // One slowdown for the whole bench, from the median index (what the bench used before), is
  // reported beside it.
  const indexes = [...gathered.values()]
    .flatMap((loads) => loads?.benchmarkIndexes ?? [])
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (indexes.length > 0) {
    const medianIndex = quantile(indexes, 0.5);
    calibration = {
      medianIndex,
      indexes,
      // The slowest and the fastest load's (the mapping rises with the index).
      multipliers: [calibratedCpuMultiplier(indexes[0]), calibratedCpuMultiplier(indexes.at(-1))],
      sharedMultiplier: calibratedCpuMultiplier(medianIndex),
    };
  }
  for (const [row, loads] of gathered) {
    if (!loads) continue;
    row.lighthouse = await attemptFor(row, 'lighthouse', () =>
      auditLighthouse(loads, calibratedCpuMultiplier, calibration.sharedMultiplier),
    );
    discardGathered(loads);
  }
} finally {
  for (const loads of gathered.values()) if (loads) discardGathered(loads);
  await browser.close();
  server.kill();
}

/** Runs a measurement of a row; a failure is recorded in the row, not thrown. */
async function attemptFor(row, what, run) {
  try {
    return await run();
  } catch (error) {
    row.errors.push(`${what}: ${error.message.split('\n')[0]}`);
    return null;
  }
}

/** Every budget a row exceeds, in words. */
function overBudget(row) {
  const over = [...row.errors.map((error) => `could not measure: ${error}`)];
  const jsLimit = budgets.jsGzipBytes[row.budgetKey];
  if (row.bytes && row.bytes.jsGzip > jsLimit) over.push(`JS ${row.bytes.jsGzip} B gzip > ${jsLimit} B`);
  if (row.lighthouse) {
    for (const [category, minimum] of Object.entries(budgets.lighthouse)) {
      if (row.lighthouse.scores[category] < minimum) over.push(`${category} ${row.lighthouse.scores[category]} < ${minimum}`);
    }
    if (row.lighthouse.lcpMs > budgets.lcpMs) over.push(`LCP ${row.lighthouse.lcpMs} ms > ${budgets.lcpMs} ms`);
    if (row.lighthouse.tbtMs > budgets.tbtMs) over.push(`TBT ${row.lighthouse.tbtMs} ms > ${budgets.tbtMs} ms`);
    if (row.lighthouse.cls > budgets.cls)
      over.push(
        `CLS ${row.lighthouse.cls} > ${budgets.cls} (moved: ${row.lighthouse.layoutShifts.join(', ') || 'not reported'})`,
      );
  }
  if (row.steps && row.steps.p95Ms > budgets.stepInteractionP95Ms)
    over.push(`step p95 ${row.steps.p95Ms} ms > ${budgets.stepInteractionP95Ms} ms`);
  return over;
}

const kb = (bytes) => (bytes === undefined || bytes === null ? '-' : (bytes / 1024).toFixed(1));
const ms = (value) => (value === undefined || value === null ? '-' : value <= 16 ? '≤16' : String(Math.round(value)));
const columns = [
  ['page', (row) => row.path],
  ['kind', (row) => row.kind],
  ['perf', (row) => row.lighthouse?.scores.performance],
  ['a11y', (row) => row.lighthouse?.scores.accessibility],
  ['best pr.', (row) => row.lighthouse?.scores['best-practices']],
  ['SEO', (row) => row.lighthouse?.scores.seo],
  ['LCP ms', (row) => row.lighthouse?.lcpMs],
  ['TBT ms', (row) => row.lighthouse?.tbtMs],
  // The same load audited at one slowdown for every load (from their median benchmarkIndex), and at
  // Lighthouse's default slowdown.
  ['TBT one× ms', (row) => row.lighthouse?.tbtAtSharedSlowdownMs],
  ['TBT 4× ms', (row) => row.lighthouse?.tbtAt4xMs],
  ['CLS', (row) => row.lighthouse?.cls],
  ['total KB', (row) => kb(row.bytes?.total)],
  ['wire KB', (row) => kb(row.bytes?.transfer)],
  ['JS KB gz', (row) => kb(row.bytes?.jsGzip)],
  ['CSS KB gz', (row) => kb(row.bytes?.cssGzip)],
  ['step med ms', (row) => (row.steps ? ms(row.steps.medianMs) : '-')],
  ['step p95 ms', (row) => (row.steps ? ms(row.steps.p95Ms) : '-')],
  // Unthrottled: 16 means no press left an Event Timing entry, i.e. every step fit in one frame.
  ['step p95 1× ms', (row) => (row.stepsUnthrottled ? ms(row.stepsUnthrottled.p95Ms) : '-')],
  // Reported, not budgeted: the diagram is drawn in the frame after the press's answer (drawSvg).
  ['diagram drawn p95 ms', (row) => (row.steps ? ms(row.steps.diagramDrawnP95Ms) : '-')],
  ['budget', (row) => (overBudget(row).length === 0 ? 'ok' : 'OVER')],
];

/** A Markdown table (also readable in a terminal), as pasted into README's Performance section. */
function markdownTable() {
  const cells = rows.map((row) => columns.map(([, cell]) => String(cell(row) ?? '-')));
  const heads = columns.map(([name]) => name);
  const widths = heads.map((head, i) => Math.max(head.length, ...cells.map((line) => line[i].length)));
  const line = (values) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`;
  return [line(heads), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

const report = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    chromium: chromePath,
    chromiumVersion: browser.version(),
    loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number(os.loadavg()[0].toFixed(2)) },
    busyBeforeStart: Number(busyAtStart.toFixed(2)),
  },
  settings: {
    dist,
    lighthouseRuns: options['no-lighthouse'] ? 0 : runs,
    lighthouseProfile:
      'mobile (default): simulated slow 4G; each load audited at the CPU slowdown calibrated to the benchmarkIndex Lighthouse read as it began (scripts/bench/cpu-calibration.mjs); TBT at the slowdown for the median index of every load, and at the default 4×, reported beside it',
    lighthouseCalibration: calibration,
    stepTiming:
      'Event Timing, 4× CPU throttle: 48 presses on each of 4 fresh loads at 1280×800, pooled (unthrottled: one load), each press made with the pointer already on the button and a 100 ms hold; the diagram drawn: release to the end of the frame that painted the new step, from the page',
  },
  budgets,
  pages: rows.map((row) => ({ ...row, overBudget: overBudget(row) })),
};
fs.mkdirSync(path.dirname(options.out), { recursive: true });
fs.writeFileSync(options.out, JSON.stringify(report, null, 2));

console.log(`\n${markdownTable()}\n`);
console.log(
  JSON.stringify(
    report.pages.map(({ path: page, kind, bytes, lighthouse, steps, stepsUnthrottled, overBudget }) => ({
      path: page,
      kind,
      bytes,
      lighthouse: lighthouse && { ...lighthouse, failing: undefined, warnings: undefined },
      steps,
      stepsUnthrottled,
      overBudget,
    })),
    null,
    2,
  ),
);
console.log(
  `\nMachine: ${report.machine.cpus}, ${report.machine.memoryGB} GB, Chromium ${report.machine.chromiumVersion}, Node ${process.version}, load average ${report.machine.loadAverage.start} → ${report.machine.loadAverage.end}, CPUs ${Math.round(busyAtStart * 100)}% busy before the bench`,
);
if (calibration)
  console.log(
    `Lighthouse's CPU index (benchmarkIndex) in its ${calibration.indexes.length} loads: ${calibration.indexes[0]}–${calibration.indexes.at(-1)}, so CPU slowdowns of ${calibration.multipliers[0]}–${calibration.multipliers[1]}×, each load at its own; median index ${calibration.medianIndex}, a slowdown of ${calibration.sharedMultiplier}× for the "TBT one×" column (the default 4× is meant for an index of about 1500: "Calibrating the CPU slowdown" in Lighthouse's docs/throttling.md)`,
  );
console.log(`Full report: ${options.out}`);

for (const row of report.pages) {
  for (const audit of row.lighthouse?.failing ?? []) console.error(`${row.path}: Lighthouse audit below 100: ${audit}`);
  if (row.lighthouse && row.lighthouse.lcpMs > budgets.lcpMs)
    console.error(`${row.path}: LCP element: ${row.lighthouse.lcpElement}`);
}
const failures = report.pages.flatMap((page) => page.overBudget.map((text) => `${page.path}: ${text}`));
if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
