import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readForestRows } from '../../../../src/explorables/forest/read';
import { forestRowSchema } from '../../../../src/explorables/forest/schema';

const effectRow = `
id: bruun2024-pain
study: FINAL
design: rct
condition: fibromyalgia
population: 99 women
comparison: placebo
measure: pain-md
estimate: -0.34
interval: { low: -0.95, high: 0.27 }
refs: [bruun2024]
`;
const groupRow = `
id: younger2013-pain
study: Younger 2013
design: rct
condition: fibromyalgia
population: 31 women
comparison: placebo
measure: percent-change
groups: { ldn: '28.8', comparison: '18.0' }
refs: [younger2013]
`;

const messages = (yaml: string) => {
  const result = forestRowSchema.safeParse(parse(yaml));
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
};

describe('forestRowSchema', () => {
  it('accepts an effect row and a two-group row, keeping printed text such as "18.0"', () => {
    expect(forestRowSchema.parse(parse(effectRow)).interval).toEqual({
      low: { value: -0.95, text: '-0.95' },
      high: { value: 0.27, text: '0.27' },
    });
    expect(forestRowSchema.parse(parse(groupRow)).groups?.comparison).toEqual({ value: 18, text: '18.0' });
  });

  it('accepts an explicit "not-reported" interval', () => {
    expect(forestRowSchema.parse(parse(effectRow.replace(/interval: .*/, 'interval: not-reported'))).interval).toBe(
      'not-reported',
    );
  });

  it.each([
    [
      'an interval that misses the estimate',
      effectRow.replace('low: -0.95', 'low: -0.2'),
      /interval -0\.2 to 0\.27 must contain the estimate -0\.34/,
    ],
    [
      'a missing interval',
      effectRow.replace(/interval: .*\n/, ''),
      /interval is required: \{ low: …, high: … \}, or not-reported/,
    ],
    ['a missing estimate', effectRow.replace(/estimate: .*\n/, ''), /needs estimate/],
    ['groups on an effect row', `${effectRow}groups: { ldn: 1, comparison: 2 }\n`, /a pain-md row has no groups/],
    ['an interval on a percent row', `${groupRow}interval: not-reported\n`, /a percent-change row has no estimate or interval/],
    [
      'an unknown measure',
      effectRow.replace('measure: pain-md', 'measure: odds-ratio'),
      /measure must be one of: smd, pain-md, fiqr-md, percent-change/,
    ],
    [
      'an unknown condition',
      effectRow.replace('condition: fibromyalgia', 'condition: ms'),
      /condition must be one of: fibromyalgia, mixed-chronic-pain/,
    ],
    ['a misspelt field', effectRow.replace('population:', 'populaton:'), /unknown field "populaton"/],
    ['an unquoted p value', `${effectRow}p: 0.27\n`, /p must be quoted text as printed/],
  ])('rejects %s with a message naming the fix', (_, yaml, message) => {
    expect(messages(yaml)).toMatch(message);
  });
});

describe('content/evidence/forest-rows.yaml', () => {
  const rows = readForestRows();
  it('is valid and cites known references', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['bruun2024-pain', -0.34, -0.95, 0.27],
    ['vatvani2024-pain', -0.86, -1.2, -0.51],
    ['hegde2025-overall', -0.11, -0.96, 0.74],
    ['hegde2025-fibromyalgia', -0.34, -0.62, -0.06],
  ])('%s holds the reported estimate and interval', (id, estimate, low, high) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect(row?.estimate?.value).toBe(estimate);
    expect(row?.interval).toMatchObject({ low: { value: low }, high: { value: high } });
  });

  it('marks the Bested 2023 results as having no interval', () => {
    expect(rows.filter((row) => row.id.startsWith('bested2023')).map((row) => row.interval)).toEqual([
      'not-reported',
      'not-reported',
    ]);
  });
});
