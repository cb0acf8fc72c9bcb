import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../src/content/reference-schema';
import { ankiFile, ankiNotes, escapeDelimitedField, toAnkiHtml, toDelimited } from '../../../src/quiz/anki';
import { quizQuestionSchema } from '../../../src/quiz/schema';

/** A minimal RFC 4180 reader (what Anki's csv crate does), to prove the output reads back. */
function readDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) endField();
    else if (char === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (field || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const awkward = ['plain', 'a, comma', 'a "quote"', 'a\ttab', 'two\nlines', 'crlf\r\nline', '#starts like a comment', ' padded '];

describe('escapeDelimitedField', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a, comma', ',', '"a, comma"'],
    ['a, comma', '\t', 'a, comma'],
    ['a\ttab', '\t', '"a\ttab"'],
    ['a\ttab', ',', 'a\ttab'],
    ['say "hi"', '\t', '"say ""hi"""'],
    ['two\nlines', '\t', '"two\nlines"'],
    ['#hash', '\t', '"#hash"'],
  ])('%j with separator %j → %j', (value, separator, expected) => {
    expect(escapeDelimitedField(value, separator)).toBe(expected);
  });
});

describe('toDelimited', () => {
  it.each([
    ['CSV', ','],
    ['TSV', '\t'],
  ] as const)('round-trips commas, quotes, tabs and line breaks as %s', (_name, separator) => {
    const rows = [awkward, [...awkward].reverse()];
    const text = toDelimited(rows, separator);
    expect(text.endsWith('\n')).toBe(true);
    expect(readDelimited(text, separator)).toEqual(rows);
  });
});

describe('toAnkiHtml', () => {
  it('escapes markup and turns line breaks into <br>', () => {
    expect(toAnkiHtml('p < 0.001 & "x" > y\nnext\r\nlast')).toBe('p &lt; 0.001 &amp; &quot;x&quot; &gt; y<br>next<br>last');
  });
});

const references = new Map<string, Reference>(
  [
    ['poltorak1998', 'Poltorak A, Smirnova I', 1998],
    ['shimazu1999', 'Shimazu R', 1999],
  ].map(([id, authors, year]) => [
    id as string,
    {
      id,
      authors,
      year,
      title: 't',
      venue: 'v',
      group: 'receptor',
      kind: 'article',
      summary: 's',
      checked: 'c',
      doi: '10.1/x',
    } as Reference,
  ]),
);

const question = quizQuestionSchema.parse({
  id: 'tsv-test',
  kind: 'multiple',
  prompt: 'Which, if any, are "true"?\tTabbed.',
  tags: ['evidence-against'],
  options: [
    { text: 'First, with a comma', correct: true, feedback: 'Because the "first" study said so.', refs: ['poltorak1998'] },
    {
      text: 'Second <b>bold</b>',
      feedback: 'A tag in text must stay text, never markup.',
      refs: ['shimazu1999', 'poltorak1998'],
    },
    { text: 'Third', correct: true, feedback: 'Right for a reason that\nspans two lines.', refs: ['shimazu1999'] },
  ],
});
const chapter = { id: 'tlr4-and-md2', number: 3, title: 'TLR4, MD-2', url: 'https://example.edu/learn/tlr4-and-md2/' };

describe('ankiNotes and ankiFile', () => {
  const notes = ankiNotes(chapter, [question], references);
  const file = ankiFile(notes);
  const lines = file.split('\n');

  it('starts with the headers Anki reads: tab separator, HTML, GUID and tag columns', () => {
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#tags column:4',
      '#columns:GUID\tFront\tBack\tTags',
    ]);
  });

  it('writes one record of four fields per question, which reads back intact', () => {
    const records = readDelimited(lines.slice(5).join('\n'), '\t');
    expect(records).toHaveLength(1);
    const [guid, front, back, tags] = records[0]!;
    expect(guid).toBe('tlr4-ldn-explainer:tsv-test');
    expect(front).toContain(
      'Chapter 3: TLR4, MD-2<br><br>Which, if any, are &quot;true&quot;?\tTabbed.<br>(Choose all that apply.)',
    );
    expect(front).toContain('B. Second &lt;b&gt;bold&lt;/b&gt;');
    expect(back).toMatch(/^Answer: A, C<br>/);
    expect(back).toContain('C. Right. Right for a reason that<br>spans two lines. (Shimazu R 1999)');
    expect(back).toContain('B. Wrong. A tag in text must stay text, never markup. (Shimazu R 1999; Poltorak A et al. 1998)');
    expect(back).toContain('Source: https://example.edu/learn/tlr4-and-md2/');
    expect(tags!.split(' ')).toEqual([
      'tlr4-ldn-explainer',
      'tlr4-ldn-explainer::tlr4-and-md2',
      'tlr4-ldn-explainer::evidence-against',
    ]);
  });

  it('quotes a field holding a tab, so the tab cannot split the record', () => {
    expect(file).toContain('\t"Chapter 3');
  });

  it('refuses an unknown reference key', () => {
    expect(() =>
      ankiNotes(chapter, [{ ...question, options: [{ ...question.options[0]!, refs: ['nobody2020'] }] }], references),
    ).toThrow(/unknown reference "nobody2020"/);
  });
});
