import { describe, expect, it } from 'vitest';
import { fittingZoom, zoomRange } from '../../../src/components/educator/fit-to-stage';

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
