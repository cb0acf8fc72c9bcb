/**
 * Internal link that works under any deploy sub-path (Astro `base`):
 * withBase('learn/x/') → '/learn/x/' at the root, '/tlr4/learn/x/' under base '/tlr4/'.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
