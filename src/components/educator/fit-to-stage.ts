/**
 * A slide of an explorable fills its stage: zoomed out until it fits (a projector's short screen
 * showed half a forest-plot panel, and a clicker cannot scroll), zoomed in on a large screen.
 * `window.fitToStage` does the fitting: PresentLayout's inline script defines it and fits the
 * first slide with it before the first paint (when the deck hydrated first, the slide jumped).
 */

/** Attachment: fits the element to its parent again whenever either changes size (a new slide, full screen). */
export function fitToParent(element: HTMLElement): () => void {
  if (!element.parentElement) return () => {};
  // Its own zoom changes the element's size once; the next fit finds the same zoom and stops there.
  const observer = new ResizeObserver(() => window.fitToStage?.(element));
  observer.observe(element.parentElement);
  observer.observe(element);
  return () => observer.disconnect();
}
