import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * Every gene symbol and acronym a chapter uses must be tagged with <Term> at least once in that
 * chapter, so a reader can open its definition wherever they start reading. A symbol counts as
 * tagged when the chapter tags a glossary entry whose abbreviation, symbol, alias or tagged text
 * is that symbol, or is its family stem (STAT for STAT2, IRAK for IRAK4, TLR for TLR9).
 */
const chapterDir = path.resolve('content/chapters');
const glossary = parse(fs.readFileSync(path.resolve('content/glossary/glossary.yaml'), 'utf8')) as Array<{
  id: string;
  term: string;
  abbreviation?: string;
  aliases?: string[];
}>;

/** Capitalised tokens that are not gene symbols or acronyms a reader needs defined, and why. */
const notTerms: Record<string, string> = {
  US: 'a country',
  CDC: 'named with its full title where cited (US guidance)',
  BMJ: 'a journal name',
  SPACE: 'a trial name',
  FINAL: 'a trial name',
  C3H: 'a mouse strain name (C3H/HeJ)',
  HeJ: 'part of a mouse strain name',
  C57BL: 'a mouse strain name (C57BL/10ScCr)',
  ScCr: 'part of a mouse strain name',
  L5: 'a spinal level',
  K63: 'a lysine residue (K63-linked ubiquitin chains)',
  WP75: 'a database identifier',
  ATP: 'a small molecule named as an example of a second signal',
  Met5: 'the amino-acid position in [Met5]-enkephalin, whose name is tagged as OGF',
};

/**
 * Symbols untagged today, each with the fix for the chapter's author. The test fails on any
 * symbol not in this list, and on any entry here that has been fixed (so the list only shrinks).
 */
const knownGaps: Record<string, string[]> = {};

/** The symbols an entry stands for: its abbreviation, aliases and any symbol in its term ("MAP kinases" → MAP). */
const symbolForms = (entry: (typeof glossary)[number]) =>
  [
    entry.abbreviation,
    ...(entry.aliases ?? []),
    ...[entry.term, ...(entry.aliases ?? [])].flatMap((text) => [...symbolTokens(text)]),
  ].filter((form): form is string => Boolean(form));

/** Tokens that look like gene symbols or acronyms: two capitals, or a capital and a digit. */
function symbolTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const [word] of text.matchAll(/[A-Za-z0-9κβαγε()+/-]+/g)) {
    for (const part of word.split('/')) {
      // "TLR4-driven", "LPS-free", "pro-IL-1β": keep the symbol, drop lower-case words around it.
      const pieces = part.replace(/^\(|\)$/g, '').split('-');
      const start = pieces.findIndex((piece) => /[A-Z]/.test(piece));
      if (start < 0) continue;
      let end = start + 1;
      while (end < pieces.length && /^[A-Z0-9κβαγε]+$/.test(pieces[end]!)) end += 1;
      const token = pieces.slice(start, end).join('-');
      const symbol = /^[A-Z][A-Za-z0-9κβαγε-]*$/.test(token) && /[A-Z].*[A-Z0-9κβαγε]/.test(token);
      const name = /^(?:[A-Z][a-z]+){2,}$/.test(token); // McAnally, MedPage: names, not symbols
      if (symbol && !name && !/^R-HSA|^NCT\d|^hsa\d/.test(token)) tokens.add(token);
    }
  }
  return tokens;
}

function chapterTerms(raw: string) {
  const body = raw.replace(/^---[\s\S]*?---/, '');
  const tags = [...body.matchAll(/<Term id="([^"]+)">([\s\S]*?)<\/Term>/g)].map((match) => ({ id: match[1]!, text: match[2]! }));
  const prose = body
    .replace(/<Term id="[^"]+">[\s\S]*?<\/Term>/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/?>/g, ' ')
    .replace(/<\/[A-Z][A-Za-z]*>/g, ' ')
    .replace(/\*/g, '');
  return { tags, prose };
}

function untagged(raw: string): string[] {
  const { tags, prose } = chapterTerms(raw);
  const tagged = new Set(tags.map((tag) => tag.id));
  // Compared in capitals, so the mouse gene Tlr4 counts as TLR4.
  const covered = new Set<string>();
  for (const tag of tags) for (const token of symbolTokens(tag.text)) covered.add(token.toUpperCase());
  for (const entry of glossary) if (tagged.has(entry.id)) for (const form of symbolForms(entry)) covered.add(form.toUpperCase());
  const known = new Set(glossary.flatMap(symbolForms).map((form) => form.toUpperCase()));
  const stems = [...covered].filter((form) => /^[A-ZΚΒΑΓΕ]{2,}$/.test(form));
  return [...symbolTokens(prose)]
    .filter((token) => !(token in notTerms) && !covered.has(token.toUpperCase()))
    .filter(
      (token) =>
        known.has(token.toUpperCase()) || !stems.some((stem) => new RegExp(`^${stem}[0-9ΚΒΑΓΕ]+$`).test(token.toUpperCase())),
    )
    .sort();
}

const chapters = fs
  .readdirSync(chapterDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ id: name.replace(/\.mdx$/, ''), raw: fs.readFileSync(path.join(chapterDir, name), 'utf8') }));

describe('glossary terms in chapters', () => {
  it.each(chapters)('$id tags every gene symbol and acronym it uses at least once', ({ id, raw }) => {
    expect(untagged(raw)).toEqual([...(knownGaps[id] ?? [])].sort());
  });

  it('finds symbols the way a reader sees them', () => {
    const raw =
      '---\ntitle: x\n---\n<Term id="tlr4">TLR4</Term> and TLR4-driven NF-κB, pro-IL-1β, <Term id="stat">STAT1</Term> and STAT2; BOGUS9 and LPS.';
    expect(untagged(raw)).toEqual(['BOGUS9', 'IL-1β', 'LPS', 'NF-κB']);
  });
});
