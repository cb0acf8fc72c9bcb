import { describeRejectedParam, type ParamUpdates, type ParsedState } from '../shared/url-state';
import { forestFilters, type ForestFilter } from './panels';

/** The forest plot's state: which conditions are shown. */
export interface ForestState {
  filter: ForestFilter;
}

export const FOREST_PARAM = 'forest';

const isFilter = (value: string): value is ForestFilter => (forestFilters as readonly string[]).includes(value);

/** Reads ?forest=all|fibromyalgia; anything else falls back to `fallback` with a notice. */
export function parseForestState(search: string, fallback: ForestFilter = 'all'): ParsedState<ForestState> {
  const value = new URLSearchParams(search).get(FOREST_PARAM);
  if (value === null) return { state: { filter: fallback }, notices: [] };
  if (isFilter(value)) return { state: { filter: value }, notices: [] };
  return {
    state: { filter: fallback },
    notices: [describeRejectedParam(FOREST_PARAM, value, forestFilters.join(' or '), fallback)],
  };
}

/** The query parameters that record `state`. */
export function serializeForestState(state: ForestState): ParamUpdates {
  return { [FOREST_PARAM]: state.filter };
}
