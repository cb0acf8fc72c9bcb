import strings from './en.json';

export type StringKey = keyof typeof strings;

/** The UI string for `key`; every visible piece of site chrome goes through here. */
export function t(key: StringKey): string {
  return strings[key];
}
