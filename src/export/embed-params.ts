/**
 * The parameters an embed or a presentation adds to a diagram's own state parameters:
 *
 *   theme=auto|light|dark|projector   auto: the reader's system preference
 *   controls=full|steps|none          what the embed shows around the diagram (embeds only)
 *
 * Like parseState, reading never throws: a bad value takes the default and yields a plain-text
 * notice naming it. A missing theme is `undefined`, so the page can fall back to the reader's
 * remembered choice (or, for a presentation, to the projector theme).
 */
import { sanitizeValue } from '../pathway/state';

export const embedThemes = ['auto', 'light', 'dark', 'projector'] as const;
export type EmbedTheme = (typeof embedThemes)[number];

export const embedControls = ['full', 'steps', 'none'] as const;
export type EmbedControls = (typeof embedControls)[number];

export interface EmbedOptions {
  /** As given in the link; undefined when the link names none. */
  theme: EmbedTheme | undefined;
  controls: EmbedControls;
}

export const defaultEmbedOptions: EmbedOptions = { theme: undefined, controls: 'full' };

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function parseEmbedParams(input: URLSearchParams | string): { options: EmbedOptions; notices: string[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const notices: string[] = [];
  const read = <T extends string>(name: string, list: readonly T[], fallback: T | undefined, shown: string): T | undefined => {
    const values = params.getAll(name);
    if (values.length === 0) return fallback;
    const value = values[0]!;
    if (values.length === 1 && isOneOf(list, value)) return value;
    const why = values.length > 1 ? `appears ${values.length} times` : `is not one of ${list.join(', ')}`;
    notices.push(`The link's "${name}" value "${sanitizeValue(values.join(','))}" ${why}; showing ${shown} instead.`);
    return fallback;
  };
  return {
    options: {
      theme: read('theme', embedThemes, undefined, 'the default theme'),
      controls: read('controls', embedControls, 'full', 'controls=full') ?? 'full',
    },
    notices,
  };
}

/**
 * The embed's query: the diagram's state query (with or without "?") followed by theme and
 * controls, each left out when it is the default ("auto" is written, since it differs from
 * "not given" in a presentation).
 */
export function embedQuery(stateQuery: string, options: Partial<EmbedOptions>): string {
  const parts = [stateQuery.replace(/^\?/, '')];
  if (options.theme) parts.push(`theme=${options.theme}`);
  if (options.controls && options.controls !== 'full') parts.push(`controls=${options.controls}`);
  const query = parts.filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
