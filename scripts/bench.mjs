#!/usr/bin/env node
// npm run bench: builds the site, serves it, and for one page of each kind prints Lighthouse
// scores and timings, bytes, and the step interaction time of the diagram under 4× CPU
// throttling; writes bench-results/latest.json; exits 1 when a budget in bench/budgets.json
// is exceeded. Flags: --no-build (reuse dist/), --no-lighthouse (bytes and steps only).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/browser/support/find-chromium.ts';
import { runLighthouse, startChrome } from './bench/lighthouse.mjs';
import { measurePageBytes } from './bench/measure-bytes.mjs';
import { benchPages } from './bench/page-kinds.mjs';
import { measureStepTiming } from './bench/step-timing.mjs';

const args = new Set(process.argv.slice(2));
const port = 4610;
const origin = `http://127.0.0.1:${port}`;
const budgets = JSON.parse(fs.readFileSync('bench/budgets.json', 'utf8'));

if (!args.has('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const chromePath = findChromium();
const pages = benchPages();
const rows = [];
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });

try {
  const chrome = args.has('--no-lighthouse') ? null : await startChrome(chromePath);
  for (const page of pages) {
    const url = origin + page.path;
    const context = await browser.newContext();
    const bytes = await measurePageBytes(await context.newPage(), url);
    const steps = page.kind === 'diagram' ? await measureStepTiming(await context.newPage(), url) : null;
    await context.close();
    const lighthouse = chrome ? await runLighthouse(url, chrome.port) : null;
    rows.push({ ...page, bytes: { jsGzip: bytes.jsGzip, cssGzip: bytes.cssGzip, total: bytes.totalBytes }, lighthouse, steps });
    process.stderr.write(`measured ${page.path}\n`);
  }
  await chrome?.kill();
} finally {
  await browser.close();
  server.kill();
}

/** Every budget a row exceeds, in words. */
function overBudget(row) {
  const over = [];
  const jsLimit = budgets.jsGzipBytes[row.budgetKey];
  if (row.bytes.jsGzip > jsLimit) over.push(`JS ${row.bytes.jsGzip} B gzip > ${jsLimit} B`);
  if (row.lighthouse) {
    for (const [category, minimum] of Object.entries(budgets.lighthouse)) {
      if (row.lighthouse.scores[category] < minimum) over.push(`${category} ${row.lighthouse.scores[category]} < ${minimum}`);
    }
    if (row.lighthouse.lcpMs > budgets.lcpMs) over.push(`LCP ${row.lighthouse.lcpMs} ms > ${budgets.lcpMs} ms`);
    if (row.lighthouse.tbtMs > budgets.tbtMs) over.push(`TBT ${row.lighthouse.tbtMs} ms > ${budgets.tbtMs} ms`);
    if (row.lighthouse.cls > budgets.cls) over.push(`CLS ${row.lighthouse.cls} > ${budgets.cls}`);
  }
  if (row.steps && row.steps.p95Ms > budgets.stepInteractionP95Ms)
    over.push(`step p95 ${row.steps.p95Ms} ms > ${budgets.stepInteractionP95Ms} ms`);
  return over;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const table = rows.map((row) => ({
  page: row.path,
  kind: row.kind,
  perf: row.lighthouse?.scores.performance ?? '-',
  a11y: row.lighthouse?.scores.accessibility ?? '-',
  bp: row.lighthouse?.scores['best-practices'] ?? '-',
  seo: row.lighthouse?.scores.seo ?? '-',
  'LCP ms': row.lighthouse?.lcpMs ?? '-',
  'TBT ms': row.lighthouse?.tbtMs ?? '-',
  CLS: row.lighthouse?.cls ?? '-',
  'total KB': kb(row.bytes.total),
  'JS KB gz': kb(row.bytes.jsGzip),
  'CSS KB gz': kb(row.bytes.cssGzip),
  'step med ms': row.steps?.medianMs ?? '-',
  'step p95 ms': row.steps?.p95Ms ?? '-',
  budget: overBudget(row).length === 0 ? 'ok' : 'OVER',
}));
console.table(table);

const report = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${process.platform} ${process.arch}`, chromium: chromePath },
  budgets,
  pages: rows.map((row) => ({ ...row, overBudget: overBudget(row) })),
};
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify(report, null, 2));
console.log(
  JSON.stringify(
    report.pages.map(({ path, kind, bytes, lighthouse, steps, overBudget }) => ({
      path,
      kind,
      bytes,
      lighthouse,
      steps,
      overBudget,
    })),
    null,
    2,
  ),
);

const failures = report.pages.flatMap((page) => page.overBudget.map((text) => `${page.path}: ${text}`));
for (const row of report.pages)
  for (const audit of row.lighthouse?.failing ?? []) console.error(`${row.path}: Lighthouse audit below 100: ${audit}`);
if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
