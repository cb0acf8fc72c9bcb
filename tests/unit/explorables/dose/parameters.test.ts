import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectPkParameters, pkParameterSchema } from '../../../../src/explorables/dose/parameters';
import { readPkParameters } from '../../../../src/explorables/dose/read';
import { parameters } from './fixtures';

const cited = `
id: naltrexone-half-life
label: Naltrexone half-life
value: 4
unit: h
basis: cited
refs: [meyer1984]
note: From the source.
`;

const messages = (yaml: string) => {
  const result = pkParameterSchema.safeParse(parse(yaml));
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
};

describe('pkParameterSchema', () => {
  it('accepts a cited and an illustrative value', () => {
    expect(messages(cited)).toBe('');
    expect(messages(cited.replace('basis: cited', 'basis: illustrative').replace('[meyer1984]', '[]'))).toBe('');
  });

  it.each([
    [
      'a cited value without refs',
      cited.replace('[meyer1984]', '[]'),
      /a cited value needs at least one reference key; if no source gives it, set basis: illustrative/,
    ],
    [
      'an illustrative value with refs',
      cited.replace('basis: cited', 'basis: illustrative'),
      /an illustrative value has no source/,
    ],
    ['a zero value', cited.replace('value: 4', 'value: 0'), /value must be greater than 0/],
    ['an unknown basis', cited.replace('basis: cited', 'basis: guessed'), /basis must be one of: cited, secondary, illustrative/],
    ['a missing note', cited.replace('note: From the source.', ''), /note is required/],
  ])('rejects %s with a message naming the fix', (_, yaml, message) => {
    expect(messages(yaml)).toMatch(message);
  });

  it('names every missing parameter id', () => {
    expect(() => collectPkParameters([])).toThrow(
      /missing parameter\(s\) "naltrexone-half-life", .*"occupancy-anchor-level": add an entry for each/,
    );
  });
});

describe('content/evidence/naltrexone-pk.yaml', () => {
  const { entries, parameters: fromFile } = readPkParameters();

  it('holds the cited values the math tests assume', () => {
    expect(fromFile).toEqual(parameters);
  });

  it.each([
    ['absorption-rate', 'illustrative'],
    ['volume-of-distribution', 'illustrative'],
    ['naltrexol-fraction', 'illustrative'],
    ['naltrexone-half-life', 'cited'],
    ['naltrexone-terminal-half-life', 'cited'],
    ['naltrexol-half-life', 'cited'],
    ['occupancy-anchor-hours', 'secondary'],
  ])('labels %s as %s', (id, basis) => {
    expect(entries.find((entry) => entry.id === id)?.basis).toBe(basis);
  });
});
