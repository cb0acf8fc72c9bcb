import { describe, expect, it } from 'vitest';
import {
  clampStep,
  defaultState,
  parseState,
  sanitizeValue,
  serializeState,
  type DiagramState,
} from '../../../src/pathway/state';

const state = (overrides: Partial<DiagramState>): DiagramState => ({ ...defaultState, ...overrides });

describe('serializeState / parseState', () => {
  const roundTrips: DiagramState[] = [
    defaultState,
    state({ view: 'detailed', step: 0 }),
    state({ view: 'opioid', ligands: ['lps', 'morphine'], drug: 'naltrexone50', contested: true, step: 4 }),
    state({ view: 'sensitization', ligands: [], drug: 'plus-naltrexone', cell: 'monocyte' }),
    state({ ligands: ['lps', 'hmgb1', 'morphine'], drug: 'ldn', step: 12 }),
  ];

  it.each(roundTrips)('round-trips %j', (original) => {
    for (const omitDefaults of [false, true]) {
      const { state: parsed, notices } = parseState(serializeState(original, { omitDefaults }));
      expect(notices).toEqual([]);
      expect(parsed).toEqual(original);
    }
  });

  it('writes parameters in a fixed order, commas unescaped, step only when chosen', () => {
    expect(serializeState(state({ view: 'opioid', ligands: ['morphine', 'lps'], contested: true, step: 3 }))).toBe(
      'view=opioid&ligand=lps,morphine&drug=none&cell=microglia&contested=1&step=3',
    );
    expect(serializeState(defaultState)).toBe('view=overview&ligand=lps&drug=none&cell=microglia&contested=0');
    expect(serializeState(defaultState, { omitDefaults: true })).toBe('');
    expect(serializeState(state({ ligands: [] }), { omitDefaults: true })).toBe('ligand=none');
  });

  it('fills missing parameters with defaults silently', () => {
    expect(parseState('')).toEqual({ state: defaultState, notices: [] });
    expect(parseState('?drug=ldn').state).toEqual(state({ drug: 'ldn' }));
    expect(parseState(new URLSearchParams('view=detailed&utm_source=moodle'))).toEqual({
      state: state({ view: 'detailed' }),
      notices: [],
    });
  });

  it('accepts percent-encoded valid values and ligands in any order', () => {
    expect(parseState('view=%6Fverview&ligand=morphine%2Clps').state).toEqual(state({ ligands: ['lps', 'morphine'] }));
    expect(parseState('ligand=lps,lps').state.ligands).toEqual(['lps']);
  });

  const bad: Array<[string, string, string, RegExp]> = [
    [
      'unknown view',
      'view=flowchart',
      'view',
      /"view" value "flowchart" is not one of overview, detailed, opioid, sensitization; showing view=overview instead\./,
    ],
    ['negative step', 'step=-3', 'step', /"step" value "-3" is not a whole number of 0 or more; showing the last step instead\./],
    ['huge step', 'step=1e99', 'step', /"step" value "1e99" is not a whole number/],
    ['word step', 'step=abc', 'step', /"step" value "abc"/],
    ['fractional step', 'step=2.5', 'step', /"step" value "2.5"/],
    [
      'repeated parameter',
      'view=detailed&view=opioid',
      'view',
      /"view" value "detailed,opioid" appears 2 times; showing view=overview instead\./,
    ],
    [
      'unknown ligand in the list',
      'ligand=lps,aspirin',
      'ligand',
      /lists "aspirin", which is not one of lps, hmgb1, morphine or none; showing ligand=lps instead\./,
    ],
    ['none mixed with a ligand', 'ligand=none,lps', 'ligand', /lists "none"/],
    ['empty ligand', 'ligand=', 'ligand', /"ligand" value "\(empty\)"/],
    [
      'script payload',
      'drug=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'drug',
      /"drug" value "scriptalert\(1\)script" is not one of none, ldn, naltrexone50, plus-naltrexone/,
    ],
    ['bad contested', 'contested=yes', 'contested', /"contested" value "yes" is not 0 or 1; showing contested=0 instead\./],
    ['unknown cell', 'cell=neuron', 'cell', /showing cell=microglia instead/],
    ['malformed percent-encoding', 'view=%E0%A4%A', 'view', /"view" value .* is not one of/],
  ];

  it.each(bad)('falls back with a notice: %s', (_name, query, param, message) => {
    let result: ReturnType<typeof parseState> | undefined;
    expect(() => (result = parseState(query))).not.toThrow();
    expect(result!.notices).toHaveLength(1);
    expect(result!.notices[0]!.param).toBe(param);
    expect(result!.notices[0]!.message).toMatch(message);
    expect(result!.notices[0]!.message).not.toMatch(/[<>]/);
    expect((result!.state as unknown as Record<string, unknown>)[param === 'ligand' ? 'ligands' : param]).toEqual(
      (defaultState as unknown as Record<string, unknown>)[param === 'ligand' ? 'ligands' : param],
    );
  });

  it('takes missing and bad parameters from the base it is given (an embed path’s view)', () => {
    const base = state({ view: 'opioid' });
    expect(parseState('drug=ldn', base)).toEqual({ state: state({ view: 'opioid', drug: 'ldn' }), notices: [] });
    const { state: parsed, notices } = parseState('view=bogus', base);
    expect(parsed.view).toBe('opioid');
    expect(notices.map((notice) => notice.message)).toEqual([
      'The link\'s "view" value "bogus" is not one of overview, detailed, opioid, sensitization; showing view=opioid instead.',
    ]);
    expect(parseState('view=detailed', base).state.view).toBe('detailed');
  });

  it('keeps the good parameters when one is bad', () => {
    const { state: parsed, notices } = parseState('view=detailed&drug=aspirin&contested=1');
    expect(parsed).toEqual(state({ view: 'detailed', contested: true }));
    expect(notices.map((notice) => notice.param)).toEqual(['drug']);
  });

  it('sanitises and truncates values shown in notices', () => {
    expect(sanitizeValue('"><img src=x onerror=alert(1)>')).toBe('img srcx onerroralert(1)');
    expect(sanitizeValue('a'.repeat(40))).toBe(`${'a'.repeat(24)}…`);
    expect(sanitizeValue('<>')).toBe('(empty)');
  });
});

describe('clampStep', () => {
  const cases: Array<[DiagramState['step'], number, DiagramState['step'], boolean]> = [
    ['last', 5, 'last', false],
    [0, 5, 0, false],
    [4, 5, 4, false],
    [5, 5, 4, true],
    [999999, 23, 22, true],
    [3, 1, 0, true],
  ];
  it.each(cases)('step %s with %i steps → %s (notice: %s)', (step, count, expected, hasNotice) => {
    const { state: clamped, notice } = clampStep(state({ step }), count);
    expect(clamped.step).toBe(expected);
    expect(notice !== undefined).toBe(hasNotice);
    if (notice)
      expect(notice.message).toMatch(new RegExp(`"step" value "${step}" is past the end .* showing step=${expected} instead\\.`));
  });
});
