import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readEvidenceList } from '../../../../src/explorables/shared/read-evidence';

const made: string[] = [];
const schema = z.strictObject({
  id: z.string(),
  refs: z.array(z.string()),
  value: z.number({ error: 'value must be a number' }),
});

/** A content root holding only evidence/<name> with `text`. */
function rootWith(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'evidence'));
  fs.writeFileSync(path.join(dir, 'evidence', name), text);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('readEvidenceList', () => {
  const known = new Set(['younger2013']);

  it('reads a valid list', () => {
    const root = rootWith('a.yaml', '- id: one\n  refs: [younger2013]\n  value: 1\n');
    expect(readEvidenceList('a.yaml', schema, known, root)).toEqual([{ id: 'one', refs: ['younger2013'], value: 1 }]);
  });

  it.each([
    [
      'an unknown reference',
      '- id: one\n  refs: [nope2020]\n  value: 1\n',
      /entry "one" field "refs": unknown reference "nope2020"; add it/,
    ],
    ['a bad field', '- id: one\n  refs: []\n  value: x\n', /entry "one" field "value": value must be a number/],
    ['a duplicate id', '- id: one\n  refs: []\n  value: 1\n- id: one\n  refs: []\n  value: 2\n', /id "one" is used twice/],
    ['a map instead of a list', 'one: 1\n', /must be a YAML list of entries/],
    ['broken YAML', '- id: [unclosed\n', /not valid YAML/],
  ])('rejects %s with a message that names the fix', (_, text, message) => {
    const root = rootWith('a.yaml', text);
    expect(() => readEvidenceList('a.yaml', schema, known, root)).toThrow(message);
  });

  it('names a missing file', () => {
    const root = rootWith('a.yaml', '[]');
    expect(() => readEvidenceList('missing.yaml', schema, known, root)).toThrow(/missing\.yaml: file not found/);
  });
});
