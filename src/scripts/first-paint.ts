/**
 * Resolves once the page has shown its first text (the first-contentful-paint entry), or at once
 * in a hidden tab or a browser that does not report paints; a timer covers a paint that never
 * comes. Work that waits for it (held-back scripts, staged islands) makes no request that a slow
 * connection would put ahead of the first screen.
 */
export function firstContentfulPaint(): Promise<void> {
  const name = 'first-contentful-paint';
  return new Promise((resolve) => {
    if (document.hidden || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    new PerformanceObserver((entries) => {
      if (entries.getEntriesByName(name).length) resolve();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 3000);
  });
}
