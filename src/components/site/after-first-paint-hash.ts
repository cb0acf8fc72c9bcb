/**
 * The Content-Security-Policy hash of AfterFirstPaintRunner.astro's inline script, listed by the
 * layouts of pages that hold scripts back. Edit the runner and tests/browser/security.spec.ts
 * prints the new hash.
 */
export const afterFirstPaintRunnerHash = 'sha256-o/HPss3oO3COlwNpQ1khnXFie32UxssmPy9opjlwJVE=';
