/** An SVG path through `points` (already in drawing coordinates), rounded to 0.1 to keep the markup small. */
export function buildPolylinePath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join('');
}
