/**
 * What the export buttons do, loaded on first click so none of it (and no PowerPoint library)
 * is in a page's initial JavaScript. Browser only.
 */
import type { DiagramId } from './diagrams';
import type { DiagramState } from '../pathway/state';
import { exportFileName, pathwayStateSlug } from './file-name';
import { svgToPng, downloadBlob } from './png';
import type { DeckSlide } from './pptx';
import { exportDiagramSvg, exportFigureSvg, serializeSvg, type BuiltSvg, type ExportMeta } from './svg-export';
import { creditLines } from './wrap-text';

export interface ExportSource {
  /** An svg.pathway-svg, or an explorable's <figure>. */
  element: Element;
  meta: ExportMeta;
  /** The state for file names: a slug such as "detailed-lps-ldn-microglia_step-3", or the
   * pathway state it is made from (made here, so pages do not load the naming code up front). */
  slug: string | DiagramState;
}

const slugOf = (source: ExportSource) => (typeof source.slug === 'string' ? source.slug : pathwayStateSlug(source.slug));

export interface DeckSteps {
  count: number;
  /** Shows step `index` on the page and returns its slide title and notes. */
  show: (index: number) => Promise<{ title: string; notes: string }>;
  /** Puts back what was shown before. */
  done: () => Promise<void>;
}

export function buildSvg(source: ExportSource, background: boolean): BuiltSvg {
  const { element, meta } = source;
  return element instanceof SVGSVGElement
    ? exportDiagramSvg(element, meta, background)
    : exportFigureSvg(element as HTMLElement, meta, background);
}

export function saveSvg(diagram: DiagramId, source: ExportSource, background: boolean): string {
  const name = exportFileName(diagram, slugOf(source), 'svg', { transparent: !background });
  downloadBlob(new Blob([serializeSvg(buildSvg(source, background).svg)], { type: 'image/svg+xml' }), name);
  return name;
}

export async function savePng(diagram: DiagramId, source: ExportSource, scale: number, background: boolean): Promise<string> {
  const built = buildSvg(source, background);
  const png = await svgToPng(serializeSvg(built.svg), built.width, built.height, scale, background);
  const name = exportFileName(diagram, slugOf(source), 'png', { scale, transparent: !background });
  downloadBlob(png, name);
  return name;
}

export async function savePptx(diagram: DiagramId, read: () => ExportSource | undefined, steps: DeckSteps): Promise<string> {
  const slides: DeckSlide[] = [];
  let first: ExportSource | undefined;
  try {
    for (let index = 0; index < steps.count; index += 1) {
      const { title, notes } = await steps.show(index);
      const source = read();
      if (!source) throw new Error('The diagram is not on the page.');
      first ??= source;
      const built = buildSvg(source, true);
      const png = await svgToPng(serializeSvg(built.svg), built.width, built.height, 2, true);
      const credit = creditLines(source.meta.siteName, source.meta.pageUrl).join(' ');
      slides.push({ title, notes, png, width: built.width, height: built.height, credit });
    }
  } finally {
    await steps.done();
  }
  if (!first) throw new Error('There are no steps to export.');
  const { buildPptx } = await import('./pptx');
  const credit = creditLines(first.meta.siteName, first.meta.pageUrl).join(' ');
  const blob = await buildPptx(slides, { title: first.meta.title, credit });
  const name = exportFileName(diagram, slugOf(first).replace(/_step-\d+$/, ''), 'pptx', { slides: true });
  downloadBlob(blob, name);
  return name;
}
