import { describe, expect, it } from 'vitest';
import { fitBeforePaintScript, fitElement, fittingZoom, zoomRange } from '../../../src/components/educator/fit-to-stage';

describe('fittingZoom', () => {
  it('zooms out a slide taller than its stage until it fits', () => {
    expect(fittingZoom({ width: 1000, height: 1400 }, { width: 1880, height: 700 })).toBe(0.5);
    expect(fittingZoom({ width: 1000, height: 800 }, { width: 1880, height: 700 })).toBe(0.875);
  });

  it('is held by the narrower of the two sides', () => {
    expect(fittingZoom({ width: 1000, height: 100 }, { width: 800, height: 700 })).toBe(0.8);
  });

  it('zooms in on a large screen, but not beyond the range', () => {
    expect(fittingZoom({ width: 1000, height: 600 }, { width: 1900, height: 1500 })).toBe(1.9);
    expect(fittingZoom({ width: 1000, height: 600 }, { width: 3800, height: 1770 })).toBe(zoomRange.max);
  });

  it('lets a slide scroll rather than shrink its text below the range', () => {
    expect(fittingZoom({ width: 1000, height: 900 }, { width: 800, height: 40 })).toBe(zoomRange.min);
  });

  it('leaves alone what has no size yet', () => {
    expect(fittingZoom({ width: 0, height: 0 }, { width: 800, height: 600 })).toBe(1);
    expect(fittingZoom({ width: 800, height: 600 }, { width: 0, height: 0 })).toBe(1);
  });
});

/** An element of this size in a parent of that size, which records the zoom it is given. */
function fakeSlide(size: { width: number; height: number }, parent: { clientWidth: number; clientHeight: number }) {
  return { parentElement: parent, style: { zoom: '' }, getBoundingClientRect: () => size } as unknown as HTMLElement;
}

describe('fitElement', () => {
  it('zooms an element to fit its parent, measuring it at its own size first', () => {
    const slide = fakeSlide({ width: 1000, height: 800 }, { clientWidth: 1880, clientHeight: 700 });
    slide.style.zoom = '2';
    fitElement(slide);
    expect(slide.style.zoom).toBe('0.875');
  });

  it('leaves an element without a parent alone', () => {
    const slide = { parentElement: null, style: { zoom: '1.5' } } as unknown as HTMLElement;
    fitElement(slide);
    expect(slide.style.zoom).toBe('1.5');
  });
});

describe('fitBeforePaintScript', () => {
  it('runs on its own, as an inline script does, and fits every marked element', () => {
    const slides = [
      fakeSlide({ width: 1000, height: 1400 }, { clientWidth: 1880, clientHeight: 700 }),
      fakeSlide({ width: 1000, height: 600 }, { clientWidth: 3800, clientHeight: 1770 }),
    ];
    const document = { querySelectorAll: (selector: string) => (selector === '[data-fit-stage]' ? slides : []) };
    // Nothing from this module is in scope: the text must carry all it needs.
    new Function('document', fitBeforePaintScript())(document);
    expect(slides.map((slide) => slide.style.zoom)).toEqual(['0.5', '2.5']);
  });
});
