/**
 * Large build-time data for an island (the pathway model) travels as one JSON string. Astro
 * turns object props into deep reactive proxies in the browser, which makes hydration and every
 * later read slow; a string is parsed once, natively, into plain objects.
 */
export type IslandJson<T> = string & { readonly __islandJson?: T };

export const toIslandJson = <T>(value: T): IslandJson<T> => JSON.stringify(value) as IslandJson<T>;

let last: { json: string; value: unknown } | undefined;

/**
 * Parses, or returns the last string's value when given the same string again: an island's
 * `warm` export and its hydration then share one model object, and with it every computation
 * memoised on it. Callers must not mutate the result.
 */
export function fromIslandJson<T>(json: IslandJson<T>): T {
  if (last?.json !== json) last = { json, value: JSON.parse(json) };
  return last.value as T;
}
