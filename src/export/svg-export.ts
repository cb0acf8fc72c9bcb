/**
 * Builds a self-contained SVG from what the page shows: a clone of the diagram's DOM (never a
 * string built from the URL or a message) with every computed style inlined, a <title>, a
 * <desc>, licence <metadata>, and a footer with the title, the state in words, the credit and
 * the licence. Exports are drawn in light colours even when the reader uses the dark theme.
 * Browser only (it reads computed styles).
 */
import { creditLines, wrapText } from './wrap-text';

const svgNs = 'http://www.w3.org/2000/svg';

export interface ExportMeta {
  /** e.g. "Detailed map: LPS, LDN 4.5 mg, microglia". */
  title: string;
  /** A paragraph describing the state (the SVG's <desc>). */
  description: string;
  /** The state in words, shown under the picture (step and caption). */
  stateWords: string;
  /** Absolute address of the page in this state. */
  pageUrl: string;
  siteName: string;
}

export interface BuiltSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

const styleProperties = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/** Copies computed styles from `original` onto its clone, leaving out values the parent already gives. */
function inlineStyles(original: Element, copy: Element, parent: CSSStyleDeclaration | undefined): void {
  const style = getComputedStyle(original);
  const target = (copy as SVGElement).style;
  for (const name of styleProperties) {
    const value = style.getPropertyValue(name);
    if (!value) continue;
    if (name === 'opacity' ? value === '1' : name === 'display' ? value !== 'none' : parent?.getPropertyValue(name) === value)
      continue;
    target.setProperty(name, value);
  }
  const originals = [...original.children];
  const copies = [...copy.children];
  originals.forEach((child, index) => copies[index] && inlineStyles(child, copies[index]!, style));
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}) {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, weight = 400): SVGTextElement {
  const text = element('text', { x, y, 'font-size': size, 'font-weight': weight, fill: '#1b1d21' });
  text.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif');
  lines.forEach((line, index) => {
    const span = element('tspan', { x, dy: index === 0 ? 0 : lineHeight });
    span.textContent = line;
    text.append(span);
  });
  return text;
}

/** Runs `read` with the light theme applied if the page is dark, then puts the theme back (no repaint in between). */
export function inLightColours<T>(read: () => T): T {
  const root = document.documentElement;
  const before = root.dataset.theme;
  const dark = getComputedStyle(root).colorScheme.includes('dark');
  if (dark) root.dataset.theme = 'light';
  try {
    return read();
  } finally {
    if (dark) {
      if (before === undefined) delete root.dataset.theme;
      else root.dataset.theme = before;
    }
  }
}

/** A footer group under the picture, and its height. */
function footer(meta: ExportMeta, width: number, top: number): { group: SVGGElement; height: number } {
  const pad = 16;
  const inner = width - 2 * pad;
  const group = element('g', { class: 'export-credit' });
  let y = top + pad + 14;
  const add = (lines: string[], size: number, weight = 400) => {
    const lineHeight = Math.round(size * 1.35);
    group.append(textBlock(lines, pad, y, size, lineHeight, weight));
    y += lines.length * lineHeight + 4;
  };
  add(wrapText(meta.title, inner, 16), 16, 700);
  add(wrapText(meta.stateWords, inner, 13), 13);
  for (const line of creditLines(meta.siteName, meta.pageUrl)) add(wrapText(line, inner, 11), 11);
  group.prepend(element('line', { x1: pad, x2: width - pad, y1: top + 4, y2: top + 4, stroke: '#8a9099', 'stroke-width': 1 }));
  return { group, height: y - top + pad - 10 };
}

function finish(svg: SVGSVGElement, meta: ExportMeta, width: number, pictureHeight: number, background: boolean): BuiltSvg {
  for (const old of svg.querySelectorAll(':scope > title, :scope > desc, :scope > metadata')) old.remove();
  const { group, height: footerHeight } = footer(meta, width, pictureHeight);
  const height = Math.ceil(pictureHeight + footerHeight);
  svg.setAttribute('xmlns', svgNs);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  for (const name of ['aria-labelledby', 'aria-describedby', 'aria-roledescription', 'class']) svg.removeAttribute(name);
  const title = element('title');
  title.textContent = meta.title;
  const desc = element('desc');
  desc.textContent = meta.description;
  const metadata = element('metadata');
  metadata.textContent = `${meta.siteName}, ${meta.pageUrl}. License: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/`;
  const backdrop = background ? [element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' })] : [];
  svg.prepend(title, desc, metadata, ...backdrop);
  svg.append(group);
  return { svg, width, height };
}

const viewBoxSize = (svg: SVGSVGElement) => (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number).slice(2);

/**
 * The pathway diagram (an svg.pathway-svg with a viewBox) as a standalone SVG, with the key
 * under it when the key is drawn beside it as an SVG of its own (the explorer's svg.pathway-key).
 */
export function exportDiagramSvg(source: SVGSVGElement, meta: ExportMeta, background: boolean): BuiltSvg {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const key = source.parentElement?.querySelector<SVGSVGElement>(':scope > svg.pathway-key');
  const keyCopy = key?.cloneNode(true) as SVGSVGElement | undefined;
  inLightColours(() => {
    inlineStyles(source, copy, undefined);
    if (key && keyCopy) inlineStyles(key, keyCopy, undefined);
  });
  const [width = 1000, diagramHeight = 800] = viewBoxSize(source);
  let height = diagramHeight;
  if (keyCopy) {
    const placed = element('g', { transform: `translate(0,${diagramHeight})` });
    placed.append(...keyCopy.childNodes);
    copy.append(placed);
    height += viewBoxSize(keyCopy)[1] ?? 0;
  }
  for (const node of copy.querySelectorAll('.focus-ring')) node.remove();
  for (const node of copy.querySelectorAll('[tabindex], [aria-expanded]')) {
    node.removeAttribute('tabindex');
    node.removeAttribute('aria-expanded');
    if (node.getAttribute('role') === 'button') node.setAttribute('role', 'img');
  }
  copy.removeAttribute('style');
  // Its labels inherit their font from the root: without it, a standalone SVG falls back to serif.
  copy.setAttribute('font-family', getComputedStyle(source).fontFamily);
  // On a transparent background the space around the cell is transparent too.
  if (!background)
    for (const node of copy.querySelectorAll<SVGElement>('.compartment-extracellular .region'))
      node.style.setProperty('fill', 'none');
  return finish(copy, meta, width, height, background);
}

const textSelector = [
  'figcaption',
  '.ex-subtitle',
  '.ex-grid-title',
  '.ex-grid > .ex-small',
  '.ex-panel > .ex-small',
  '.ex-row-text',
  '.ex-description > p',
  'p.ex-description',
  '.ex-legend li',
].join(', ');

const skipped = 'fieldset, .ex-controls, .ex-notice, .ex-guide, .ex-caveats, table, .visually-hidden';

/** Where the text of `block` starts (after a leading swatch, for legend items). */
function textStart(block: Element): DOMRect {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.textContent?.trim() && !node.parentElement?.closest('svg') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
  });
  const first = walker.nextNode();
  if (!first) return block.getBoundingClientRect();
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(block, block.childNodes.length);
  const rect = range.getBoundingClientRect();
  return new DOMRect(rect.left, rect.top, block.getBoundingClientRect().right - rect.left, rect.height);
}

/**
 * An explorable (a figure of HTML text and small SVG charts) as one SVG: its charts cloned with
 * their styles and its text as SVG text, where the page shows them, with the controls left out
 * and the gaps they leave closed up.
 */
export function exportFigureSvg(figure: HTMLElement, meta: ExportMeta, background: boolean): BuiltSvg {
  return unzoomed(figure, () => figureSvg(figure, meta, background));
}

/**
 * Runs `read` with the zoom of the element's ancestors cleared (a presentation zooms its slide to
 * fit the screen): the export reads boxes and font sizes, which must be in the same units.
 */
function unzoomed<T>(element: Element, read: () => T): T {
  const zoomed: Array<[HTMLElement, string]> = [];
  for (let node = element.parentElement; node; node = node.parentElement)
    if (node.style.zoom) zoomed.push([node, node.style.zoom]);
  for (const [node] of zoomed) node.style.zoom = '';
  try {
    return read();
  } finally {
    for (const [node, zoom] of zoomed) node.style.zoom = zoom;
  }
}

function figureSvg(figure: HTMLElement, meta: ExportMeta, background: boolean): BuiltSvg {
  return inLightColours(() => {
    const origin = figure.getBoundingClientRect();
    const visible = (node: Element) => {
      const rect = node.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && !node.closest(skipped);
    };
    const texts = [...figure.querySelectorAll(textSelector)].filter(visible);
    const charts = [...figure.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg') && visible(svg));
    const blocks = [
      ...texts.map((node) => ({ node, rect: textStart(node) })),
      ...charts.map((node) => ({ node, rect: node.getBoundingClientRect() })),
    ]
      .filter(({ node }) => !texts.some((other) => other !== node && other.contains(node) && !(node instanceof SVGElement)))
      .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
    const root = element('svg');
    const width = Math.ceil(origin.width);
    let shift = 0;
    let bottom = 0;
    for (const { node, rect } of blocks) {
      const top = rect.top - origin.top;
      if (top - shift > bottom + 16) shift = top - bottom - 16;
      const x = Math.round((rect.left - origin.left) * 10) / 10;
      const y = Math.round((top - shift) * 10) / 10;
      if (node instanceof SVGSVGElement) {
        const copy = node.cloneNode(true) as SVGSVGElement;
        inlineStyles(node, copy, undefined);
        copy.removeAttribute('class');
        for (const [name, value] of Object.entries({ x, y, width: rect.width, height: rect.height }))
          copy.setAttribute(name, String(value));
        root.append(copy);
      } else {
        const style = getComputedStyle(node);
        const size = parseFloat(style.fontSize) || 16;
        const lineHeight = parseFloat(style.lineHeight) || size * 1.4;
        const lines = wrapText(node.textContent?.replace(/\s+/g, ' ').trim() ?? '', rect.width, size);
        const text = textBlock(lines, x, y + size * 0.95, size, lineHeight, parseInt(style.fontWeight, 10) || 400);
        text.setAttribute('fill', style.color);
        root.append(text);
      }
      bottom = Math.max(bottom, top - shift + rect.height);
    }
    return finish(root, meta, width, Math.ceil(bottom + 8), background);
  });
}

/** The export as file text, with an XML declaration. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
