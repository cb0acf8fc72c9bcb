/** How to cite the site or one of its pages, as text and BibTeX. */
export interface SiteCitation {
  text: string;
  bibtex: string;
}

export function citeSite(pageTitle: string, url: string, accessed: Date, siteName: string): SiteCitation {
  const year = accessed.getUTCFullYear();
  const day = accessed.toISOString().slice(0, 10);
  const key = `tlr4explainer${year}`;
  return {
    text: `${siteName} contributors. “${pageTitle}”. ${siteName}, ${year}. ${url} (accessed ${day}). Licensed CC BY 4.0.`,
    bibtex: [
      `@misc{${key},`,
      `  author = {{${siteName} contributors}},`,
      `  title = {${pageTitle}},`,
      `  howpublished = {\\url{${url}}},`,
      `  year = {${year}},`,
      `  note = {Accessed ${day}. Licensed CC BY 4.0},`,
      `}`,
    ].join('\n'),
  };
}
