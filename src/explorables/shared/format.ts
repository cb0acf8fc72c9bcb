/** Formatting shared by the explorables: numbers as the sources print them, with a true minus sign. */

const MINUS = '\u2212';

/** "-0.34" → "−0.34": the typographic minus, which screen readers say as "minus". */
export function withTrueMinus(text: string): string {
  return text.replace(/^-/, MINUS);
}

/** A computed number rounded to at most `digits` decimals, without trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  return withTrueMinus(String(Object.is(rounded, -0) ? 0 : rounded));
}

/** "p = 0.27" or "p < 0.001", from the p value as the source printed it. */
export function formatPValue(p: string): string {
  return /^[<>≤≥]/.test(p) ? `p ${p.slice(0, 1)} ${p.slice(1).trim()}` : `p = ${p}`;
}

/** A percentage for a description: whole numbers, but never "100%" or "0%" for values that are not exactly that. */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (percent > 99.5 && percent < 100) return 'over 99%';
  if (percent > 0 && percent < 0.5) return 'under 1%';
  return `${Math.round(percent)}%`;
}
