import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readNntSources } from '../../../../src/explorables/nnt/read';
import { nntSourceSchema } from '../../../../src/explorables/nnt/schema';

const good = `
id: younger2013
label: Younger 2013
design: randomised
population: 31 women
outcome: met the responder definition
treatment: LDN
comparison: Placebo
refs: [younger2013]
result: { kind: rates, treatedPercent: 32, controlPercent: 11 }
`;

const messages = (yaml: string) => {
  const result = nntSourceSchema.safeParse(parse(yaml));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('nntSourceSchema', () => {
  it('accepts a good entry and keeps the printed text of each number', () => {
    const source = nntSourceSchema.parse(parse(good));
    expect(source.result).toEqual({
      kind: 'rates',
      treatedPercent: { value: 32, text: '32' },
      controlPercent: { value: 11, text: '11' },
    });
  });

  it.each([
    ['a misspelt field', good.replace('outcome:', 'outcom:'), /unknown field "outcom": check the spelling; allowed fields are/],
    ['an unknown result kind', good.replace('kind: rates', 'kind: odds'), /result\.kind must be one of: rates/],
    [
      'a harm instead of a benefit',
      good.replace('treatedPercent: 32', 'treatedPercent: 5'),
      /treatedPercent must be larger than controlPercent/,
    ],
    ['an unknown design', good.replace('design: randomised', 'design: rct'), /design must be one of: randomised, observational/],
    ['no refs', good.replace('refs: [younger2013]', 'refs: []'), /refs needs at least one reference key/],
    [
      'a percentage as words',
      good.replace('treatedPercent: 32', 'treatedPercent: thirty'),
      /must be a number as the source prints it/,
    ],
  ])('rejects %s with a message naming the fix', (_, yaml, message) => {
    expect(messages(yaml).join('\n')).toMatch(message);
  });
});

describe('content/evidence/nnt-sources.yaml', () => {
  it('is valid, cites known references and holds the three sources of the brief', () => {
    const sources = readNntSources();
    expect(sources.map((source) => source.id)).toEqual(['martin2022', 'younger2013', 'bruun2024']);
    expect(sources.map((source) => source.result.kind)).toEqual(['reported-nnt', 'rates', 'no-difference']);
  });
});
