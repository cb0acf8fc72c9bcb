/**
 * Large build-time data for an island (the pathway model) travels as one JSON string. Astro
 * turns object props into deep reactive proxies in the browser, which makes hydration and every
 * later read slow; a string is parsed once, natively, into plain objects.
 */
export type IslandJson<T> = string & { readonly __islandJson?: T };

export const toIslandJson = <T>(value: T): IslandJson<T> => JSON.stringify(value) as IslandJson<T>;

export const fromIslandJson = <T>(json: IslandJson<T>): T => JSON.parse(json) as T;
