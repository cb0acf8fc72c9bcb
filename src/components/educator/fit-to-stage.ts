/**
 * A slide of an explorable fills its stage: zoomed out until it fits (a projector's short screen
 * showed half a forest-plot panel, and a clicker cannot scroll), zoomed in on a large screen.
 */

/** Zoom is kept within this range: below it the text is too small to read and the stage scrolls instead. */
export const zoomRange = { min: 0.5, max: 2.5 };

/** The largest zoom at which content of this size fits the box, within zoomRange (1 when there is nothing to fit). */
export function fittingZoom(content: { width: number; height: number }, box: { width: number; height: number }): number {
  if (content.width <= 0 || content.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  const zoom = Math.min(box.width / content.width, box.height / content.height);
  return Math.min(zoomRange.max, Math.max(zoomRange.min, zoom));
}

/** Attachment: zooms the element to fit its parent, again whenever either changes size (a new slide, full screen). */
export function fitToParent(element: HTMLElement): () => void {
  const parent = element.parentElement;
  if (!parent) return () => {};
  const fit = () => {
    element.style.zoom = '';
    const { width, height } = element.getBoundingClientRect();
    element.style.zoom = String(fittingZoom({ width, height }, { width: parent.clientWidth, height: parent.clientHeight }));
  };
  // Its own zoom changes the element's size once; the next fit finds the same zoom and stops there.
  const observer = new ResizeObserver(fit);
  observer.observe(parent);
  observer.observe(element);
  return () => observer.disconnect();
}
