/**
 * What the export menu needs from a pathway diagram on screen (the diagram page and the
 * presentation share it): the SVG, its state for the file name, and the words and credit that
 * go into the file. Kept free of the export code itself, which loads when a reader exports.
 */
import type { PreparedDiagram } from '../pathway/diagram';
import type { ExportSource } from './export-actions';

export function pathwayExportSource(
  element: SVGSVGElement | null | undefined,
  { state, description }: PreparedDiagram,
  pageUrl: string,
  siteName: string,
): ExportSource | undefined {
  if (!element) return undefined;
  return {
    element,
    slug: state,
    meta: {
      title: description.title,
      description: description.summary,
      stateWords: `${description.stepLabel}: ${description.stepCaption}`,
      pageUrl: new URL(pageUrl, window.location.href).href,
      siteName,
    },
  };
}
