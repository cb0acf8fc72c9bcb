import { mergeSearchParams, type ParamUpdates } from '../../explorables/shared/url-state';

/** The page's query string; '' during the server render, where there is no page address. */
export function readPageSearch(): string {
  return typeof location === 'undefined' ? '' : location.search;
}

/** Records `updates` in the address bar without navigating or adding a history entry; other parameters and the hash stay. */
export function replacePageParams(updates: ParamUpdates): void {
  history.replaceState(history.state, '', mergeSearchParams(location.href, updates));
}
