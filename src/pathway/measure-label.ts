/**
 * Text measurement without a DOM. Widths are DejaVu Sans advance widths (em units): the widest
 * font in the site's stack, so a label that fits here fits in system-ui, Segoe UI or Roboto too.
 * Deterministic, so the server and the browser wrap labels identically.
 */
const widths: Record<string, number> = {
  a: 0.613,
  b: 0.635,
  c: 0.55,
  d: 0.635,
  e: 0.615,
  f: 0.352,
  g: 0.635,
  h: 0.634,
  i: 0.278,
  j: 0.278,
  k: 0.579,
  l: 0.278,
  m: 0.974,
  n: 0.634,
  o: 0.612,
  p: 0.635,
  q: 0.635,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  u: 0.634,
  v: 0.592,
  w: 0.818,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  A: 0.684,
  B: 0.686,
  C: 0.698,
  D: 0.77,
  E: 0.632,
  F: 0.575,
  G: 0.775,
  H: 0.752,
  I: 0.295,
  J: 0.295,
  K: 0.656,
  L: 0.557,
  M: 0.863,
  N: 0.748,
  O: 0.787,
  P: 0.603,
  Q: 0.787,
  R: 0.695,
  S: 0.635,
  T: 0.611,
  U: 0.732,
  V: 0.684,
  W: 0.989,
  X: 0.685,
  Y: 0.611,
  Z: 0.685,
  ' ': 0.318,
  '-': 0.361,
  '/': 0.337,
  '(': 0.39,
  ')': 0.39,
  '[': 0.39,
  ']': 0.39,
  '·': 0.318,
  '.': 0.318,
  ',': 0.318,
  ':': 0.337,
  '+': 0.838,
  '−': 0.838,
  '→': 0.838,
  '&': 0.78,
  "'": 0.275,
  κ: 0.592,
  α: 0.659,
  β: 0.635,
  μ: 0.636,
  ε: 0.541,
  '–': 0.5,
  '—': 1,
};
const digitWidth = 0.636;
const fallbackWidth = 0.7;

/** Estimated width of `text` at `fontSize` (user units), rounded up to 0.1. */
export function measureText(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += widths[char] ?? (/\d/.test(char) ? digitWidth : fallbackWidth);
  return Math.ceil(em * fontSize * 10) / 10;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces (a single word longer than the
 * limit stays whole on its own line). Greedy, like a browser.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
