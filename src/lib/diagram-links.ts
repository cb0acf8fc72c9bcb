import { serializeState, type DiagramState } from '../pathway/state';
import { withBase } from './url';

/** Address of the interactive diagram page showing `state` (defaults omitted, stable order). */
export function diagramHref(state: DiagramState): string {
  const query = serializeState(state, { omitDefaults: true });
  return withBase(`diagrams/tlr4-pathway/${query ? `?${query}` : ''}`);
}
