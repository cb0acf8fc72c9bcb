import { createHash } from 'node:crypto';

/**
 * The page script that runs what AfterParse.astro held back, written inline (a module with no
 * imports) so that it costs no request and only pages with held-back scripts carry it. As a
 * module it runs once the document is parsed; it then waits for the first contentful paint, so a
 * long chapter shows its first screen before any of its scripts is fetched. A hidden tab paints
 * nothing and some browsers do not report paints: there the scripts run at once, and the timer
 * covers a paint that never comes. Scripts copied out of a template run when inserted.
 */
export const afterParseRunner = `
const run = () => document.querySelectorAll('template[data-after-parse]').forEach((template) => {
  template.removeAttribute('data-after-parse');
  document.body.append(document.importNode(template.content, true));
});
const paint = 'first-contentful-paint';
if (document.hidden || !PerformanceObserver.supportedEntryTypes?.includes('paint') || performance.getEntriesByName(paint).length) run();
else {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName(paint).length) observer.disconnect(), run();
  }).observe({ type: 'paint' });
  setTimeout(run, 3000);
}
`.trim();

/** The runner's hash for the Content-Security-Policy (BaseLayout lists it on every page). */
export const afterParseRunnerHash: `sha256-${string}` = `sha256-${createHash('sha256').update(afterParseRunner).digest('base64')}`;
