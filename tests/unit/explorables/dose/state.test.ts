import { describe, expect, it } from 'vitest';
import {
  defaultDoseState,
  isAllowedDose,
  parseDoseState,
  serializeDoseState,
  type DoseState,
} from '../../../../src/explorables/dose/state';
import { mergeSearchParams } from '../../../../src/explorables/shared/url-state';

const roundTrip = (state: DoseState, defaults = defaultDoseState) => {
  const href = mergeSearchParams('/learn/dose-matters/?nnt=younger2013#dose', serializeDoseState(state, defaults));
  return parseDoseState(new URL(href, 'http://x').search, defaults);
};

describe('dose URL state', () => {
  it.each<DoseState>([
    defaultDoseState,
    { doseMg: 50, hours: 72, compare: true, halfLife: 'wall1981' },
    { doseMg: 1, hours: 24, compare: false, halfLife: 'meyer1984' },
    { doseMg: 12.5, hours: 72, compare: true, halfLife: 'meyer1984' },
  ])('round-trips %j', (state) => {
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  it('round-trips against non-default starting values (an author’s compare prop)', () => {
    const defaults = { ...defaultDoseState, compare: true };
    const state = { ...defaults, compare: false };
    expect(roundTrip(state, defaults)).toEqual({ state, notices: [] });
  });

  it('reads the brief’s example', () => {
    expect(parseDoseState('?dose=4.5&hours=72&compare=1').state).toEqual({
      doseMg: 4.5,
      hours: 72,
      compare: true,
      halfLife: 'meyer1984',
    });
  });

  it.each([
    ['dose=0.5', 'dose'],
    ['dose=51', 'dose'],
    ['dose=4.3', 'dose'],
    ['dose=abc', 'dose'],
    ['dose=', 'dose'],
    ['dose=Infinity', 'dose'],
    ['hours=48', 'hours'],
    ['compare=yes', 'compare'],
    ['halflife=2', 'halflife'],
  ])('rejects %s with a notice naming %s and keeps the default for it', (query, name) => {
    // hours=72 rides along (except when hours itself is the bad value) to show that good values survive.
    const parsed = parseDoseState(query.startsWith('hours') ? `?${query}` : `?${query}&hours=72`);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain(`${name}=`);
    expect(parsed.state.doseMg).toBe(name === 'dose' ? 4.5 : defaultDoseState.doseMg);
    if (!query.startsWith('hours')) expect(parsed.state.hours).toBe(72);
  });

  it.each([
    [1, true],
    [4.5, true],
    [50, true],
    [49.5, true],
    [0.5, false],
    [50.5, false],
    [4.25, false],
    [Number.NaN, false],
  ])('isAllowedDose(%s) = %s', (dose, allowed) => {
    expect(isAllowedDose(dose)).toBe(allowed);
  });
});
