import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The fit itself is PresentLayout's inline script (it runs before the first paint, so it cannot
// be a module): these tests run that script's text, as the page does, against stand-in elements.
const layout = fs.readFileSync('src/layouts/PresentLayout.astro', 'utf8');
const script = /<script is:inline>\s*(\/\/ Zooms a slide[\s\S]*?)<\/script>/.exec(layout)?.[1];

type Slide = HTMLElement & { style: { zoom: string } };

/** A slide of `size` (at zoom 1) in a stage of `stage`'s size. */
function slide(size: { width: number; height: number }, stage: { width: number; height: number }): Slide {
  const element = { parentElement: { clientWidth: stage.width, clientHeight: stage.height }, style: { zoom: '3' } };
  // Measured unzoomed: the script clears the zoom before it measures.
  return Object.assign(element, {
    getBoundingClientRect: () => (element.style.zoom === '' ? size : { width: 1, height: 1 }),
  }) as never;
}

/** Runs the script on a page whose marked slides are `slides`; returns its fitToStage. */
function runScript(slides: Slide[]): (slide: Slide) => void {
  const window: { fitToStage?: (slide: Slide) => void } = {};
  const document = { querySelectorAll: (selector: string) => (selector === '[data-fit-stage]' ? slides : []) };
  new Function('window', 'document', script!)(window, document);
  return window.fitToStage!;
}

const zoomOf = (size: { width: number; height: number }, stage: { width: number; height: number }) => {
  const element = slide(size, stage);
  runScript([])(element);
  return Number(element.style.zoom);
};

describe("PresentLayout's slide fit", () => {
  it('is in the layout', () => expect(script).toContain('window.fitToStage'));

  it('fits every marked slide when the page runs it', () => {
    const slides = [
      slide({ width: 1000, height: 800 }, { width: 1880, height: 700 }),
      slide({ width: 500, height: 500 }, { width: 600, height: 900 }),
    ];
    runScript(slides);
    expect(slides.map((element) => element.style.zoom)).toEqual(['0.875', '1.2']);
  });

  it('zooms out a slide taller than its stage until it fits, held by the narrower side', () => {
    expect(zoomOf({ width: 1000, height: 800 }, { width: 1880, height: 700 })).toBe(0.875);
    expect(zoomOf({ width: 1000, height: 100 }, { width: 800, height: 700 })).toBe(0.8);
  });

  it('zooms in on a large screen, but not beyond 2.5', () => {
    expect(zoomOf({ width: 1000, height: 600 }, { width: 1900, height: 1500 })).toBe(1.9);
    expect(zoomOf({ width: 1000, height: 600 }, { width: 3800, height: 1770 })).toBe(2.5);
  });

  it('lets a slide scroll rather than shrink its text below 0.5', () => {
    expect(zoomOf({ width: 1000, height: 1400 }, { width: 1880, height: 700 })).toBe(0.5);
    expect(zoomOf({ width: 1000, height: 900 }, { width: 800, height: 40 })).toBe(0.5);
  });

  it('leaves at 1 what has no size yet', () => {
    expect(zoomOf({ width: 0, height: 0 }, { width: 800, height: 600 })).toBe(1);
    expect(zoomOf({ width: 800, height: 600 }, { width: 0, height: 0 })).toBe(1);
  });
});
