import { parse } from 'yaml';
import { nntSourceSchema, type NntSource } from '../../../../src/explorables/nnt/schema';

/** A valid source, parsed from YAML as an author writes it; `result` replaced when given. */
export function makeSource(result: string, id = 'younger2013'): NntSource {
  return nntSourceSchema.parse(
    parse(`
id: ${id}
label: A study
design: randomised
population: 31 women with fibromyalgia
outcome: met the responder definition
treatment: LDN
comparison: placebo
refs: [${id}]
result:
${result.replace(/^/gm, '  ')}
`),
  );
}

export const ratesSource = makeSource('kind: rates\ntreatedPercent: 32\ncontrolPercent: 11\np: "0.05"');
export const reportedNntSource = makeSource('kind: reported-nnt\nnnt: 3.2', 'martin2022');
export const noDifferenceSource = makeSource(
  'kind: no-difference\ndifference: -0.34\nciLow: -0.95\nciHigh: 0.27\np: "0.27"\nunit: points on the pain scale',
  'bruun2024',
);
