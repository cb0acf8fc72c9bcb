/**
 * Pagefind returns excerpts as HTML: page text, HTML-escaped, with matches wrapped in
 * <mark>…</mark>. The site never injects HTML, so this splits an excerpt into plain-text pieces
 * (entities decoded, any other tag dropped), each flagged as a match or not, for the search
 * dialog to render as text nodes and <mark> elements.
 */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind's escaping produces (named, decimal and hex); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

export function splitExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let match = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) match = true;
    else if (/^<\/mark/i.test(piece)) match = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const previous = parts.at(-1);
      if (previous && previous.match === match) previous.text += text;
      else parts.push({ text, match });
    }
  }
  return parts;
}
