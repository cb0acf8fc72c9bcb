/**
 * What the embed builder computes from its choices: the embed's address (the pathway's view goes
 * in the path, so a reader without JavaScript still gets the right view), the presentation's
 * address, the full page's address, and the iframe height to suggest.
 */
import { viewIds } from '../pathway/ids';
import { diagramSearch, diagrams, type DiagramId } from './diagrams';
import { embedQuery, type EmbedOptions } from './embed-params';

export interface BuilderChoices extends EmbedOptions {
  /** Pixels, or "100%". */
  width: number | '100%';
}

/** Path (relative to the base) and query of the embed for `search` (the diagram's own parameters). */
export function embedAddress(diagram: DiagramId, search: string, options: Partial<EmbedOptions>): string {
  const own = new URLSearchParams(diagramSearch(diagram, search));
  let path = `embed/${diagram}/`;
  if (diagram === 'tlr4-pathway') {
    const view = own.get('view');
    if (view && own.getAll('view').length === 1 && (viewIds as readonly string[]).includes(view)) {
      path += `${view}/`;
      own.delete('view');
    }
  }
  return path + embedQuery(own.toString().replace(/%2C/g, ','), options);
}

/** Path and query of the presentation (projector theme unless another is chosen). */
export function presentAddress(diagram: DiagramId, search: string, theme: EmbedOptions['theme']): string {
  const query = diagramSearch(diagram, search);
  return `present/${diagram}/${embedQuery(query, { theme: theme && theme !== 'projector' ? theme : undefined })}`;
}

/** Path and query of the full page in this state. */
export function pageAddress(diagram: DiagramId, search: string): string {
  return `${diagrams[diagram].page}${diagramSearch(diagram, search)}`;
}

/**
 * The height to write into the snippet: what the preview measured at a fixed width, and for a
 * frame that fills its column the larger of that and the height known to fit 640–1000 px.
 */
export function snippetHeight(diagram: DiagramId, choices: BuilderChoices, measured: number | undefined): number {
  const known = diagrams[diagram].heights[choices.controls];
  if (measured === undefined || measured <= 0) return known;
  return choices.width === '100%' ? Math.max(known, Math.ceil(measured)) : Math.ceil(measured);
}
