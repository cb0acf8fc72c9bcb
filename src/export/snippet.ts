/**
 * The copyable pieces the embed builder offers: an <iframe> snippet that needs no script on the
 * host page (so it survives LMS editors that strip <script>), and absolute links. Attribute values
 * are escaped, so nothing from a URL can break out of the snippet.
 */
export interface SnippetOptions {
  /** Absolute address of the embed, with its query. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  /** Pixels, or "100%" to fill the column. */
  width: number | '100%';
  /** Pixels. */
  height: number;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeSnippet({ src, title, width, height }: SnippetOptions): string {
  const attributes: Array<[string, string]> = [
    ['src', src],
    ['title', title],
    ['width', String(width)],
    ['height', String(Math.max(1, Math.round(height)))],
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
  ];
  const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return `<iframe ${text} allowfullscreen></iframe>`;
}

/** An absolute address for `path` (relative to the base) and `query` ("?…" or ""), under `siteBase` (origin + base). */
export function absoluteUrl(siteBase: string, path: string, query = ''): string {
  const base = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
  return new URL(path.replace(/^\/+/, '') + query, base).href;
}

/** Widths the builder offers (px), besides "100%". */
export const snippetWidths = [480, 640, 800, 1000] as const;
