/**
 * routeEdge: the SVG path of one arrow, computed (not drawn by hand) from its two glyphs and an
 * optional routing hint: straight by default, or a Catmull-Rom curve through the hint's points.
 * Ends are clipped at the glyph outlines, leaving a small gap for the arrowhead or T-bar.
 */
import { curveCatmullRom, line } from 'd3-shape';
import type { GlyphShape } from './glyph';
import { clipRay, glyphOutline, round1, stepTowards, type Point } from './geometry';

export interface NodeFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: GlyphShape;
}

export interface RouteHint {
  /** Bow sideways by this fraction of the length (+ bows to the left of travel). */
  bend?: number | undefined;
  /** Points to pass through, in order. */
  points?: Array<[number, number]> | undefined;
}

export interface EdgeGeometry {
  /** SVG path data, numbers rounded to 0.1. */
  path: string;
  start: Point;
  end: Point;
  /** A point half-way along, for the grade C badge. */
  middle: Point;
  /** The polyline through start, hint points and end (for overlap checks). */
  polyline: Point[];
}

const startGap = 2;
const endGap = 3;

const straight = line<Point>(
  (p) => p.x,
  (p) => p.y,
).digits(1);
const curved = line<Point>(
  (p) => p.x,
  (p) => p.y,
)
  .curve(curveCatmullRom.alpha(0.5))
  .digits(1);

function waypoints(source: NodeFrame, target: NodeFrame, hint: RouteHint | undefined): Point[] {
  if (hint?.points) return hint.points.map(([x, y]) => ({ x, y }));
  if (hint?.bend) {
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    return [{ x: (source.x + target.x) / 2 + dy * hint.bend, y: (source.y + target.y) / 2 - dx * hint.bend }];
  }
  return [];
}

const roundPoint = (p: Point): Point => ({ x: round1(p.x), y: round1(p.y) });

export function routeEdge(source: NodeFrame, target: NodeFrame, hint?: RouteHint): EdgeGeometry {
  const via = waypoints(source, target, hint);
  const firstAim = via[0] ?? target;
  const lastAim = via.at(-1) ?? source;
  const sourceOutline = glyphOutline(source.shape, source.x, source.y, source.width, source.height);
  const targetOutline = glyphOutline(target.shape, target.x, target.y, target.width, target.height);
  const start = roundPoint(stepTowards(clipRay(sourceOutline, source, firstAim), firstAim, startGap));
  const end = roundPoint(stepTowards(clipRay(targetOutline, target, lastAim), lastAim, endGap));
  const polyline = [start, ...via.map(roundPoint), end];
  const path = (via.length > 0 ? curved(polyline) : straight(polyline)) ?? '';
  const middle =
    via.length % 2 === 1
      ? polyline[(polyline.length - 1) / 2]!
      : roundPoint({
          x: (polyline[polyline.length / 2 - 1]!.x + polyline[polyline.length / 2]!.x) / 2,
          y: (polyline[polyline.length / 2 - 1]!.y + polyline[polyline.length / 2]!.y) / 2,
        });
  return { path, start, end, middle, polyline };
}
