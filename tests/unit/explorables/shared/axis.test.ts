import { describe, expect, it } from 'vitest';
import { buildAxisIncludingZero } from '../../../../src/explorables/shared/axis';
import { projectLinear } from '../../../../src/explorables/shared/linear';
import { buildPolylinePath } from '../../../../src/explorables/shared/path';

describe('buildAxisIncludingZero', () => {
  it.each([[[-0.96, 0.74, -0.11]], [[-1.2, -0.51]], [[4.3, 37.8]], [[0]], [[-1.65]]])(
    'contains %j and 0 and ticks inside',
    (values) => {
      const { domain, ticks } = buildAxisIncludingZero(values);
      for (const value of [...values, 0]) {
        expect(domain[0]).toBeLessThanOrEqual(value);
        expect(domain[1]).toBeGreaterThanOrEqual(value);
      }
      expect(domain[0]).toBeLessThan(domain[1]);
      expect(ticks.every((tick) => tick >= domain[0] && tick <= domain[1])).toBe(true);
    },
  );
});

describe('projectLinear and buildPolylinePath', () => {
  it('maps the domain ends to the range ends, reversed ranges too', () => {
    const y = projectLinear([0, 1], [1000, 0]);
    expect([y(0), y(0.5), y(1)]).toEqual([1000, 500, 0]);
  });
  it('draws a rounded polyline', () => {
    expect(
      buildPolylinePath([
        [0, 1000],
        [12.345, 3.21],
      ]),
    ).toBe('M0,1000L12.3,3.2');
  });
});
