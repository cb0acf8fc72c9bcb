/** Small plane-geometry helpers for layout: rounding, outlines, clipping a ray at a boundary. */
import type { GlyphShape } from './glyph';

export interface Point {
  x: number;
  y: number;
}

/** Rounds to one decimal, so SVG output is stable and snapshots are readable. */
export const round1 = (value: number) => Math.round(value * 10) / 10 || 0;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Path of a rounded rectangle given by its top-left corner. */
export function roundedRectPath({ x, y, width, height }: Box, radius: number): string {
  const r = round1(Math.max(0, Math.min(radius, width / 2, height / 2)));
  const [left, top, right, bottom] = [x, y, x + width, y + height].map(round1) as [number, number, number, number];
  if (r === 0) return `M${left},${top}H${right}V${bottom}H${left}Z`;
  return (
    `M${round1(left + r)},${top}H${round1(right - r)}A${r},${r} 0 0 1 ${right},${round1(top + r)}` +
    `V${round1(bottom - r)}A${r},${r} 0 0 1 ${round1(right - r)},${bottom}H${round1(left + r)}` +
    `A${r},${r} 0 0 1 ${left},${round1(bottom - r)}V${round1(top + r)}A${r},${r} 0 0 1 ${round1(left + r)},${top}Z`
  );
}

/** Path of an ellipse. */
export function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  const [l, r, y, a, b] = [cx - rx, cx + rx, cy, rx, ry].map(round1);
  return `M${l},${y}A${a},${b} 0 1 1 ${r},${y}A${a},${b} 0 1 1 ${l},${y}Z`;
}

/** A polygon close to the outline of a glyph, for clipping edges at its border. */
export function glyphOutline(shape: GlyphShape, cx: number, cy: number, width: number, height: number): Point[] {
  const w = width / 2;
  const h = height / 2;
  if (shape === 'ellipse') {
    return Array.from({ length: 48 }, (_, i) => {
      const angle = (i / 48) * 2 * Math.PI;
      return { x: cx + w * Math.cos(angle), y: cy + h * Math.sin(angle) };
    });
  }
  if (shape === 'hexagon') {
    const inset = Math.min(14, h);
    return [
      { x: cx - w, y: cy },
      { x: cx - w + inset, y: cy - h },
      { x: cx + w - inset, y: cy - h },
      { x: cx + w, y: cy },
      { x: cx + w - inset, y: cy + h },
      { x: cx - w + inset, y: cy + h },
    ];
  }
  const radius =
    shape === 'capsule'
      ? h
      : shape === 'receptor'
        ? 10
        : shape === 'cytokine'
          ? 12
          : shape === 'rounded'
            ? 6
            : shape === 'complex'
              ? Math.min(8, height / 3)
              : 0;
  const r = Math.min(radius, w, h);
  const corners: Array<[number, number, number]> = [
    [cx + w - r, cy - h + r, -Math.PI / 2],
    [cx + w - r, cy + h - r, 0],
    [cx - w + r, cy + h - r, Math.PI / 2],
    [cx - w + r, cy - h + r, Math.PI],
  ];
  const segments = shape === 'complex' ? 1 : 4;
  return corners.flatMap(([x, y, start]) =>
    Array.from({ length: segments + 1 }, (_, i) => {
      const angle = start + (i / segments) * (Math.PI / 2);
      return { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) };
    }),
  );
}

/**
 * Where the ray from `from` (inside the polygon) towards `towards` leaves the polygon.
 * Falls back to `from` when the ray does not cross it (towards lies inside).
 */
export function clipRay(polygon: readonly Point[], from: Point, towards: Point): Point {
  const dx = towards.x - from.x;
  const dy = towards.y - from.y;
  let best = Infinity;
  for (let i = 0; i < polygon.length; i += 1) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denominator = dx * ey - dy * ex;
    if (Math.abs(denominator) < 1e-9) continue;
    const t = ((a.x - from.x) * ey - (a.y - from.y) * ex) / denominator;
    const u = ((a.x - from.x) * dy - (a.y - from.y) * dx) / denominator;
    if (t > 0 && u >= 0 && u <= 1 && t < best) best = t;
  }
  return Number.isFinite(best) ? { x: from.x + dx * best, y: from.y + dy * best } : from;
}

/** Moves `point` a distance `gap` towards `towards`. */
export function stepTowards(point: Point, towards: Point, gap: number): Point {
  const length = Math.hypot(towards.x - point.x, towards.y - point.y);
  if (length < 1e-9) return point;
  return { x: point.x + ((towards.x - point.x) / length) * gap, y: point.y + ((towards.y - point.y) / length) * gap };
}

/** True when the segment a–b passes through the box (shrunk by `inset` on every side). */
export function segmentHitsBox(a: Point, b: Point, box: Box, inset = 0): boolean {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  if (right <= left || bottom <= top) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clips: Array<[number, number]> = [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
