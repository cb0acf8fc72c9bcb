/** Results kept per owner object (a model, a simulation) and per string key; gone with the owner. */
export type Kept<Owner extends object, T> = WeakMap<Owner, Map<string, T>>;

/**
 * `compute()`, or what it returned for the same owner and key before. With `size`, only the last
 * `size` keys per owner are kept (the oldest goes first).
 */
export function remember<Owner extends object, T>(
  kept: Kept<Owner, T>,
  owner: Owner,
  key: string,
  compute: () => T,
  size = Infinity,
): T {
  let forOwner = kept.get(owner);
  if (!forOwner) kept.set(owner, (forOwner = new Map()));
  if (!forOwner.has(key)) {
    if (forOwner.size >= size) forOwner.delete(forOwner.keys().next().value!);
    forOwner.set(key, compute());
  }
  return forOwner.get(key)!;
}
