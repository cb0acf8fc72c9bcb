/**
 * A slide of an explorable fills its stage: zoomed out until it fits (a projector's short screen
 * showed half a forest-plot panel, and a clicker cannot scroll), zoomed in on a large screen.
 */

/** Zoom is kept within this range: below it the text is too small to read and the stage scrolls instead. */
export const zoomRange = { min: 0.5, max: 2.5 };

/** The largest zoom at which content of this size fits the box, within `range` (1 when there is nothing to fit). */
export function fittingZoom(
  content: { width: number; height: number },
  box: { width: number; height: number },
  range: { min: number; max: number } = zoomRange,
): number {
  if (content.width <= 0 || content.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  const zoom = Math.min(box.width / content.width, box.height / content.height);
  return Math.min(range.max, Math.max(range.min, zoom));
}

/**
 * Zooms `element` to fit its parent, now. It uses nothing from outside but its arguments, so that
 * `fitBeforePaintScript` can send it to the page as text.
 */
export function fitElement(element: HTMLElement, zoomFor = fittingZoom, range = zoomRange): void {
  const parent = element.parentElement;
  if (!parent) return;
  element.style.zoom = '';
  const { width, height } = element.getBoundingClientRect();
  element.style.zoom = String(zoomFor({ width, height }, { width: parent.clientWidth, height: parent.clientHeight }, range));
}

/**
 * The same fit as the text of an inline script, for every element marked `data-fit-stage` before
 * it in the page. Run before the first paint (PresentLayout holds that paint until it has run),
 * it spares the slide the jump it made when the fit waited for hydration.
 */
export const fitBeforePaintScript = (): string =>
  `{const fit=${fitElement};for(const e of document.querySelectorAll('[data-fit-stage]'))fit(e,${fittingZoom},${JSON.stringify(zoomRange)})}`;

/** Attachment: zooms the element to fit its parent, again whenever either changes size (a new slide, full screen). */
export function fitToParent(element: HTMLElement): () => void {
  if (!element.parentElement) return () => {};
  // Its own zoom changes the element's size once; the next fit finds the same zoom and stops there.
  const observer = new ResizeObserver(() => fitElement(element));
  observer.observe(element.parentElement);
  observer.observe(element);
  return () => observer.disconnect();
}
