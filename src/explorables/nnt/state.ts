import { describeRejectedParam, type ParamUpdates, type ParsedState } from '../shared/url-state';

/** The NNT icon array's state: which source is shown. */
export interface NntState {
  sourceId: string;
}

export const NNT_PARAM = 'nnt';

/** Reads ?nnt=<source id>; an unknown id falls back to `fallbackId` with a notice, never an error. */
export function parseNntState(search: string, sourceIds: readonly string[], fallbackId: string): ParsedState<NntState> {
  const value = new URLSearchParams(search).get(NNT_PARAM);
  if (value === null) return { state: { sourceId: fallbackId }, notices: [] };
  if (sourceIds.includes(value)) return { state: { sourceId: value }, notices: [] };
  return {
    state: { sourceId: fallbackId },
    notices: [describeRejectedParam(NNT_PARAM, value, `one of ${sourceIds.join(', ')}`, fallbackId)],
  };
}

/** The query parameters that record `state`. */
export function serializeNntState(state: NntState): ParamUpdates {
  return { [NNT_PARAM]: state.sourceId };
}
