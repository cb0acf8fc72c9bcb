import { describe, expect, it } from 'vitest';
import {
  clipRay,
  ellipsePath,
  glyphOutline,
  round1,
  roundedRectPath,
  segmentHitsBox,
  stepTowards,
} from '../../../src/pathway/geometry';

describe('geometry', () => {
  it.each([
    [1.25, 1.3],
    [-0.04, 0],
    [12.349, 12.3],
    [7, 7],
  ])('round1(%f) = %f', (value, expected) => expect(round1(value)).toBe(expected));

  it('draws rounded rectangles and ellipses with rounded numbers', () => {
    expect(roundedRectPath({ x: 0, y: 0, width: 10, height: 10 }, 0)).toBe('M0,0H10V10H0Z');
    expect(roundedRectPath({ x: 0, y: 0, width: 20, height: 10 }, 4)).toBe(
      'M4,0H16A4,4 0 0 1 20,4V6A4,4 0 0 1 16,10H4A4,4 0 0 1 0,6V4A4,4 0 0 1 4,0Z',
    );
    expect(ellipsePath(10, 10, 5.55, 3)).toBe('M4.5,10A5.6,3 0 1 1 15.6,10A5.6,3 0 1 1 4.5,10Z');
  });

  const cases: Array<[string, Parameters<typeof glyphOutline>[0], { x: number; y: number }, { x: number; y: number }]> = [
    ['a box, to the right', 'gene', { x: 100, y: 0 }, { x: 20, y: 0 }],
    ['a box, downwards', 'gene', { x: 0, y: 100 }, { x: 0, y: 10 }],
    ['an ellipse, to the right', 'ellipse', { x: 100, y: 0 }, { x: 20, y: 0 }],
    ['a hexagon, at its point', 'hexagon', { x: 100, y: 0 }, { x: 20, y: 0 }],
  ];
  it.each(cases)('clips a ray from the centre of %s at its border', (_name, shape, towards, expected) => {
    const hit = clipRay(glyphOutline(shape, 0, 0, 40, 20), { x: 0, y: 0 }, towards);
    expect(round1(hit.x)).toBeCloseTo(expected.x, 0);
    expect(round1(hit.y)).toBeCloseTo(expected.y, 0);
  });

  it('clips at a rounded corner inside the bounding box', () => {
    const hit = clipRay(glyphOutline('capsule', 0, 0, 40, 20), { x: 0, y: 0 }, { x: 100, y: 100 });
    expect(hit.x).toBeLessThan(10);
    expect(Math.hypot(hit.x - 10, hit.y)).toBeCloseTo(10, 0);
  });

  it('steps towards a point and detects segments through boxes', () => {
    expect(stepTowards({ x: 0, y: 0 }, { x: 10, y: 0 }, 3)).toEqual({ x: 3, y: 0 });
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsBox({ x: 0, y: 15 }, { x: 30, y: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 0 }, box)).toBe(false);
    expect(segmentHitsBox({ x: 0, y: 10.5 }, { x: 30, y: 10.5 }, box, 1)).toBe(false);
  });
});
