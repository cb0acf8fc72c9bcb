import { serializeState, type DiagramState } from '../pathway/state';

const diagramParams = ['view', 'ligand', 'drug', 'cell', 'contested', 'step'];

/**
 * The query string with the diagram's parameters replaced by `state`'s (defaults omitted) and
 * every other parameter kept, e.g. an LMS's own or an embed's theme.
 */
export function searchWithState(search: string, state: DiagramState): string {
  const params = new URLSearchParams(search);
  for (const name of diagramParams) params.delete(name);
  const merged = [serializeState(state, { omitDefaults: true }), params.toString()].filter(Boolean).join('&');
  return merged ? `?${merged}` : '';
}
