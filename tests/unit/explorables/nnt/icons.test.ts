import { describe, expect, it } from 'vitest';
import { buildIconGroups, ICONS_PER_GROUP, type IconKind } from '../../../../src/explorables/nnt/icons';
import { readNntSources } from '../../../../src/explorables/nnt/read';
import { noDifferenceSource, ratesSource, reportedNntSource } from './fixtures';

const improved = (kinds: IconKind[]) => kinds.filter((kind) => kind === 'improved-anyway' || kind === 'improved-extra').length;

describe('buildIconGroups', () => {
  it('every group has 100 icons whose counts match the icons drawn', () => {
    for (const source of [ratesSource, reportedNntSource, noDifferenceSource, ...readNntSources()]) {
      for (const group of buildIconGroups(source)) {
        expect(group.icons).toHaveLength(ICONS_PER_GROUP);
        for (const [kind, count] of Object.entries(group.counts))
          expect(group.icons.filter((icon) => icon === kind)).toHaveLength(count);
      }
    }
  });

  it('rates: icons that improve equal round(100 × risk) in each group', () => {
    const [comparison, treatment] = buildIconGroups(ratesSource);
    expect(improved(comparison?.icons ?? [])).toBe(Math.round(100 * 0.11));
    expect(improved(treatment?.icons ?? [])).toBe(Math.round(100 * 0.32));
    expect(treatment?.counts['improved-extra']).toBe(21);
    expect(treatment?.counts['improved-anyway']).toBe(comparison?.counts['improved-anyway']);
  });

  it('reported NNT: round(100 / NNT) additional improvers; everything else is "not reported", never a made-up rate', () => {
    const [comparison, treatment] = buildIconGroups(reportedNntSource);
    expect(comparison?.counts['not-reported']).toBe(100);
    expect(treatment?.counts['improved-extra']).toBe(Math.round(100 / 3.2));
    expect(treatment?.counts['not-reported']).toBe(100 - 31);
    expect(treatment?.counts['improved-anyway']).toBe(0);
  });

  it('no difference: both groups are "not reported"; no split is drawn', () => {
    for (const group of buildIconGroups(noDifferenceSource)) expect(group.counts['not-reported']).toBe(100);
  });

  it('the real data: Younger 2013 draws 11 and 32 improvers', () => {
    const younger = readNntSources().find((source) => source.id === 'younger2013');
    const [comparison, treatment] = younger ? buildIconGroups(younger) : [];
    expect(improved(comparison?.icons ?? [])).toBe(11);
    expect(improved(treatment?.icons ?? [])).toBe(32);
  });
});

describe('icon labels', () => {
  it('counts each group in words and lists only the kinds drawn', async () => {
    const { formatGroupCounts, listIconKinds } = await import('../../../../src/explorables/nnt/icons');
    const groups = buildIconGroups(ratesSource);
    expect(groups.map(formatGroupCounts)).toEqual([
      '11 improved, 89 did not improve',
      '11 improved, 21 more improved with treatment, 68 did not improve',
    ]);
    expect(listIconKinds(groups)).toEqual(['improved-anyway', 'improved-extra', 'not-improved']);
    expect(listIconKinds(buildIconGroups(noDifferenceSource))).toEqual(['not-reported']);
  });
});

describe('group titles', () => {
  it('capitalise the group names, which the data writes as they read mid-sentence', () => {
    expect(buildIconGroups(ratesSource).map((group) => group.title)).toEqual(['Placebo', 'LDN']);
  });
});
