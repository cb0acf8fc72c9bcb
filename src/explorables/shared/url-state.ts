/**
 * Explorable state in the page address. Each explorable owns a few query parameters and must
 * leave everyone else's (and the #hash) alone, so several can share one page.
 */

/** The result of reading state from a URL: always a usable state, plus a notice per rejected value. */
export interface ParsedState<State> {
  state: State;
  notices: string[];
}

/** A parameter update: text to set, or null to remove the parameter. */
export type ParamUpdates = Record<string, string | null>;

/** `href` with `updates` applied to its query, keeping other parameters and the hash; returns path + query + hash. */
export function mergeSearchParams(href: string, updates: ParamUpdates): string {
  const url = new URL(href, 'https://example.invalid/');
  for (const [name, value] of Object.entries(updates)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The notice shown when a parameter's value is not allowed. */
export function describeRejectedParam(name: string, value: string, allowed: string, fallback: string): string {
  return `The link’s ${name}=“${value}” is not a valid setting (${allowed}), so the default, ${fallback}, is shown.`;
}
