import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGlossary } from '../../../src/content/glossary';
import { readReferenceIds, readReferences } from '../../../src/content/references';

const fixture = path.resolve('tests/fixtures/content');
const made: string[] = [];

/** A copy of the fixture content with some files replaced. */
function contentWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  made.push(dir);
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading YAML lists', () => {
  it('reads the fixture references and glossary', () => {
    expect(readReferences(fixture).map((ref) => ref.id)).toEqual(['tanga2005', 'woolf2011']);
    expect(readGlossary(readReferenceIds(fixture), fixture).map((entry) => entry.id)).toEqual(['central-sensitization']);
  });

  it('names the file, the entry and the field of every problem', () => {
    const dir = contentWith({
      'references/more.yaml': '- id: sorge2011\n  group: sensitization\n  kind: article\n  authors: Sorge RE\n  title: T\n  venue: J Neurosci\n  year: 2011\n  summary: S.\n  checked: c\n- id: tanga2005\n  group: nope\n',
    });
    expect(() => readReferences(dir)).toThrow(/more\.yaml entry "sorge2011" field "doi": needs at least one identifier/);
    expect(() => readReferences(dir)).toThrow(/more\.yaml entry "tanga2005" field "group": group must be one of/);
  });

  it('rejects an id used twice across files', () => {
    const entry = fs.readFileSync(path.join(fixture, 'references/fixture.yaml'), 'utf8');
    const dir = contentWith({ 'references/copy.yaml': entry });
    expect(() => readReferences(dir)).toThrow(/id "tanga2005" is already used in .*copy\.yaml; give each entry its own id/);
  });

  it('rejects a file that is not a list, and YAML that does not parse', () => {
    expect(() => readReferences(contentWith({ 'references/map.yaml': 'tanga2005: {}\n' }))).toThrow(/must be a YAML list of entries/);
    expect(() => readReferences(contentWith({ 'references/bad.yaml': '- id: [unclosed\n' }))).toThrow(/not valid YAML/);
  });

  it('rejects a glossary term whose reference does not resolve', () => {
    const dir = contentWith({
      'glossary/fixture.yaml': '- id: tlr4\n  term: TLR4\n  definition: A receptor that senses bacterial lipopolysaccharide.\n  refs: [poltorak1998]\n',
    });
    expect(() => readGlossary(readReferenceIds(dir), dir)).toThrow(/term "tlr4" field "refs": unknown reference "poltorak1998"/);
  });
});
