/**
 * Seeded generators of hostile input for the diagram's public URL state and for the embed
 * message handlers. Shared by the unit fuzz (tests/unit/fuzz) and the browser fuzz
 * (tests/browser/fuzz.spec.ts). Deterministic: the same seed gives the same inputs, so a
 * failure names the seed and the case and can be replayed.
 */
import { cellIds, drugIds, ligandIds, viewIds } from '../../../src/pathway/ids';
import type { DiagramState } from '../../../src/pathway/state';

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof random>;

/** Something in every payload, so a test can tell whether any of it reached the page unescaped. */
export const marker = 'h7fuzz';

/** Attempts at markup or script injection; each, if it ran, would set window.__h7pwned. */
export const scriptPayloads = [
  `<script>window.__h7pwned=1</script>`,
  `"><script>window.__h7pwned=1</script>`,
  `'><img src=x onerror="window.__h7pwned=1" data-${marker}>`,
  `<svg onload=window.__h7pwned=1><${marker}-el>`,
  `<iframe srcdoc="<script>parent.__h7pwned=1</script>">`,
  `javascript:window.__h7pwned=1`,
  `<a href="javascript:window.__h7pwned=1">${marker}</a>`,
  `{@html '<b>${marker}</b>'}`,
  `\${window.__h7pwned=1}`,
  `{{constructor.constructor('window.__h7pwned=1')()}}`,
  `</title><style>*{display:none}</style>`,
  `<${marker} style="position:fixed;inset:0">`,
  `%3Cscript%3Ewindow.__h7pwned%3D1%3C%2Fscript%3E`,
  `%253Cscript%253E${marker}`,
  `\u202e${marker}\u202d`,
  `\u0000${marker}`,
  `detailed<img src=x onerror=window.__h7pwned=1>`,
];

const hugeNumbers = [
  '9',
  '42',
  '999999',
  '1000000',
  '9999999',
  '99999999999999999999999',
  '1e308',
  '1e3',
  'Infinity',
  'NaN',
  '0x10',
  '0b11',
  '1.5',
  '007',
  ' 3',
  '3 ',
  '+3',
  '-0',
  '-1',
  '-4',
  '-999999',
  '1_000',
  '²',
  '٣',
];
const oddWords = [
  '',
  ' ',
  'none',
  'null',
  'undefined',
  'true',
  'false',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  'OVERVIEW',
  'Overview',
  'overview ',
  ' detailed',
  'lps ',
  'LPS',
  'sideways',
  'ldn;drop table',
  '..',
  '/',
  '\\',
  '#',
  '?',
  '&',
  '=',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '🧠',
  'ǅ',
  'a'.repeat(300),
  `${marker}`.repeat(40),
];

/** The parameters the diagram reads, then names it must ignore (an LMS's, an embed's). */
export const stateParams = ['view', 'ligand', 'drug', 'cell', 'contested', 'step'] as const;
const otherParams = [
  'utm_source',
  'lti_launch',
  'steps',
  'views',
  'VIEW',
  'Step',
  'view[]',
  'step.',
  `${marker}`,
  '',
  '__proto__',
];

const validValues: Record<(typeof stateParams)[number], readonly string[]> = {
  view: viewIds,
  ligand: [...ligandIds, 'none', 'lps,morphine', 'morphine,lps', 'lps,hmgb1,morphine', 'hmgb1,lps'],
  drug: drugIds,
  cell: cellIds,
  contested: ['0', '1'],
  step: ['0', '1', '2', '3', '5', '8', '12'],
};

/** A value for `param`: usually valid, often hostile. */
function valueFor(r: Random, param: string): string {
  const valid = Object.hasOwn(validValues, param) ? validValues[param as keyof typeof validValues] : undefined;
  const roll = r.next();
  if (valid && roll < 0.45) return r.pick(valid);
  if (roll < 0.6) return r.pick(hugeNumbers);
  if (roll < 0.75) return r.pick(oddWords);
  if (roll < 0.9) return r.pick(scriptPayloads);
  if (param === 'ligand')
    return r.pick([',', 'lps,', ',lps', 'lps,,morphine', 'lps,lps', 'lps,LPS', `lps,${marker}`, 'none,lps']);
  return `${r.pick(valid ?? oddWords)}${r.pick(['x', '%00', ' ', ',', '%20', '\t'])}`;
}

/** How a value is written into the query: raw (may break the query's structure), encoded, or doubly encoded. */
function encode(r: Random, text: string): string {
  const roll = r.next();
  if (roll < 0.5) return encodeURIComponent(text);
  if (roll < 0.8) return text;
  if (roll < 0.9) return encodeURIComponent(encodeURIComponent(text));
  return [...text].map((ch) => (r.chance(0.5) ? `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : ch)).join('');
}

/**
 * One hostile query string (without "?"): a mix of good and bad values, repeated parameters,
 * unknown parameters, parameters without "=", percent-encoded names, payloads and extreme sizes.
 */
export function hostileQuery(r: Random): string {
  // Often a good view first, so that every view's layout meets the hostile rest.
  const parts: string[] = r.chance(0.4) ? [`view=${r.pick(viewIds)}`] : [];
  const count = r.int(8);
  for (let i = 0; i < count; i += 1) {
    const param = r.chance(0.85) ? r.pick(stateParams) : r.pick(otherParams);
    const name = r.chance(0.08) ? [...param].map((ch) => `%${ch.charCodeAt(0).toString(16)}`).join('') : param;
    const roll = r.next();
    if (roll < 0.05) parts.push(name);
    else if (roll < 0.08) parts.push(`${name}=`);
    else parts.push(`${name}=${encode(r, valueFor(r, param))}`);
    if (r.chance(0.12)) parts.push(`${name}=${encode(r, valueFor(r, param))}`); // repeated
  }
  if (r.chance(0.05)) parts.push(r.pick(['&', '&&', '=', '==', '&=&', '#frag', '%', `;${marker}`]));
  return parts.join(r.chance(0.95) ? '&' : '&&');
}

/** A valid state, for round trips. */
export function validState(r: Random): DiagramState {
  return {
    view: r.pick(viewIds),
    ligands: ligandIds.filter(() => r.chance(0.5)),
    drug: r.pick(drugIds),
    cell: r.pick(cellIds),
    contested: r.chance(0.5),
    step: r.chance(0.3) ? 'last' : r.int(r.chance(0.9) ? 15 : 1_000_000),
  };
}

/**
 * A message to post to an embed or a presentation that must change nothing: not exactly one of
 * the commands of src/export/messages.ts (near misses: wrong version, extra keys, a slide that is
 * not a whole number in range, wrong case, prototype tricks), or junk. As JSON text, to be parsed
 * in the page (so "__proto__" arrives as an own key), or the name of a non-plain value.
 */
export function invalidMessage(r: Random): { json: string } | { special: 'date' | 'map' | 'array-buffer' | 'blob' | 'nested' } {
  const type = 'tlr4-explainer:command';
  const choices: Array<() => unknown> = [
    () => ({ type, version: 2, command: 'next' }),
    () => ({ type, version: '1', command: 'next' }),
    () => ({ type, version: 1, command: 'next', extra: true }),
    () => ({ type, version: 1, command: 'next', slide: 1 }),
    () => ({ type, version: 1, command: 'NEXT' }),
    () => ({ type, version: 1, command: 'next ' }),
    () => ({ type, version: 1, command: r.pick(['first', 'last', 'play', 'reset', 'blank', 'fullscreen', 'eval', '']) }),
    () => ({ type, version: 1, command: 'goto', slide: r.pick([-1, 1.5, 1e9, -0.5, 2 ** 53, '2', null, true, [2], { n: 2 }]) }),
    () => ({ type, version: 1, command: 'goto' }),
    () => ({ type: 'tlr4-explainer:Command', version: 1, command: 'next' }),
    () => ({ type: ' tlr4-explainer:command', version: 1, command: 'next' }),
    () => ({ type: 'tlr4-explainer:state', version: 1, diagram: 'tlr4-pathway', search: `?view=${r.pick(scriptPayloads)}` }),
    () => ({ type: 'tlr4-explainer:resize', version: 1, diagram: 'tlr4-pathway', height: r.pick([-1, 1e12, 'x']) }),
    () => ({ subject: 'lti.frameResize', height: 99999999 }),
    () => ({ type: [type], version: 1, command: 'next' }),
    () => ({ command: 'next' }),
    () => JSON.parse(`{"__proto__": {"type": "${type}", "version": 1, "command": "next"}}`) as unknown,
    () => ({ constructor: { prototype: { command: 'next' } }, type, version: 1 }),
    () => r.pick(['next', 'prev', 'goto 2', type, '', ' ', scriptPayloads[0]]),
    () => r.pick([0, 1, -1, 1e308, null, true, false]),
    () => [type, 1, 'next'],
    () => ({ type, version: 1, command: r.pick(scriptPayloads) }),
    () => ({ type: r.pick(scriptPayloads), version: 1 }),
    () => ({ [r.pick(oddWords)]: r.pick(oddWords) }),
    () => ({ type: 'x'.repeat(10_000), version: 1, command: 'next' }),
  ];
  if (r.chance(0.06)) return { special: r.pick(['date', 'map', 'array-buffer', 'blob', 'nested'] as const) };
  return { json: JSON.stringify(r.pick(choices)()) };
}
