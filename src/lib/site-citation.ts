/** How to cite the site or one of its pages, as text and BibTeX. */
export interface SiteCitation {
  text: string;
  bibtex: string;
}

/** Escapes the characters that LaTeX reads as commands (`&` in the site's name stops a build). */
export function latexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

/**
 * A BibTeX key per page, so that citing two pages in one paper does not clash: the site's key
 * and year, then the page's path (none for the home page).
 */
function bibtexKey(url: string, year: number): string {
  const path = new URL(url).pathname
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9-]/g, '');
  return `tlr4explainer${year}${path ? `-${path}` : ''}`;
}

export function citeSite(pageTitle: string, url: string, accessed: Date, siteName: string): SiteCitation {
  const year = accessed.getUTCFullYear();
  const day = accessed.toISOString().slice(0, 10);
  return {
    text: `${siteName} contributors. “${pageTitle}”. ${siteName}, ${year}. ${url} (accessed ${day}). Licensed CC BY 4.0.`,
    bibtex: [
      `@misc{${bibtexKey(url, year)},`,
      `  author = {{${latexEscape(siteName)} contributors}},`,
      `  title = {${latexEscape(pageTitle)}},`,
      `  howpublished = {\\url{${url}}},`,
      `  year = {${year}},`,
      `  note = {Accessed ${day}. Licensed CC BY 4.0},`,
      `}`,
    ].join('\n'),
  };
}
