import { describe, expect, it } from 'vitest';
import { routeEdge, type NodeFrame } from '../../../src/pathway/edge-path';

const box = (x: number, y: number): NodeFrame => ({ x, y, width: 40, height: 20, shape: 'gene' });

describe('routeEdge', () => {
  it('draws a straight line clipped at both glyphs, with gaps for the marker', () => {
    const edge = routeEdge(box(0, 0), box(100, 0));
    expect(edge.start).toEqual({ x: 22, y: 0 });
    expect(edge.end).toEqual({ x: 77, y: 0 });
    expect(edge.path).toBe('M22,0L77,0');
    expect(edge.middle).toEqual({ x: 49.5, y: 0 });
  });

  it('bows a bent edge to the left of travel and passes through its points', () => {
    const bent = routeEdge(box(0, 0), box(100, 0), { bend: 0.2 });
    expect(bent.polyline[1]).toEqual({ x: 50, y: -20 });
    expect(bent.middle).toEqual({ x: 50, y: -20 });
    expect(bent.path).toMatch(/^M[\d.]+,-?[\d.]+C/);
    const routed = routeEdge(box(0, 0), box(100, 100), { points: [[100, 0]] });
    expect(routed.start.y).toBe(0);
    expect(routed.end.x).toBe(100);
  });

  it('is deterministic and rounds to 0.1', () => {
    const a = routeEdge(box(0, 0), { x: 73.33, y: 51.77, width: 60, height: 30, shape: 'ellipse' });
    expect(a).toEqual(routeEdge(box(0, 0), { x: 73.33, y: 51.77, width: 60, height: 30, shape: 'ellipse' }));
    expect(a.path).not.toMatch(/\d\.\d\d/);
  });
});
