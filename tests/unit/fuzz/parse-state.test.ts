import { describe, expect, it } from 'vitest';
import { cellIds, drugIds, ligandIds, viewIds } from '../../../src/pathway/ids';
import { normalizeLigands } from '../../../src/pathway/scenario';
import { clampStep, defaultState, parseState, serializeState, type DiagramState } from '../../../src/pathway/state';
import { hostileQuery, marker, random, stateParams, validState } from './url-states';

// Property-style fuzz of the diagram's public URL state (src/pathway/state.ts), with seeded
// generators so that a failure can be replayed: the message names the seed and the input.
const cases = 20_000;

/** Every way a parsed state can be wrong; empty when it is a state the diagram can draw. */
function invalidities(state: DiagramState): string[] {
  const problems: string[] = [];
  if (!viewIds.includes(state.view)) problems.push(`view ${state.view}`);
  if (!drugIds.includes(state.drug)) problems.push(`drug ${state.drug}`);
  if (!cellIds.includes(state.cell)) problems.push(`cell ${state.cell}`);
  if (typeof state.contested !== 'boolean') problems.push(`contested ${String(state.contested)}`);
  if (!Array.isArray(state.ligands) || state.ligands.some((id) => !ligandIds.includes(id)))
    problems.push(`ligands ${String(state.ligands)}`);
  else if (state.ligands.join() !== normalizeLigands(state.ligands).join())
    problems.push(`ligands not canonical: ${state.ligands.join()}`);
  if (state.step !== 'last' && !(Number.isSafeInteger(state.step) && state.step >= 0 && state.step <= 999_999))
    problems.push(`step ${String(state.step)}`);
  return problems;
}

describe(`parseState on ${cases.toLocaleString('en')} hostile queries`, () => {
  const r = random(0x7e57);
  const queries = Array.from({ length: cases }, () => hostileQuery(r));

  it('never throws, always returns a valid state, and explains every parameter it could not use', () => {
    const failures: string[] = [];
    for (const [index, query] of queries.entries()) {
      let result: ReturnType<typeof parseState>;
      try {
        result = parseState(query);
      } catch (error) {
        failures.push(`#${index} ${JSON.stringify(query)} threw ${String(error)}`);
        continue;
      }
      const { state, notices } = result;
      const problems = invalidities(state);
      if (problems.length > 0) failures.push(`#${index} ${JSON.stringify(query)}: ${problems.join(', ')}`);
      const params = new URLSearchParams(query);
      for (const param of stateParams) {
        const values = params.getAll(param);
        const noticed = notices.some((notice) => notice.param === param);
        // A parameter that is given but does not end up in the state must be explained.
        if (values.length === 0 && noticed) failures.push(`#${index} notice for absent ${param}`);
        if (values.length > 1 && !noticed) failures.push(`#${index} ${param} repeated without a notice`);
        if (noticed && serializeState(state).includes(`${param}=`) && param !== 'step') {
          const fallback = serializeState({ ...defaultState, step: 'last' });
          const used = new URLSearchParams(serializeState(state)).get(param);
          if (used !== new URLSearchParams(fallback).get(param))
            failures.push(`#${index} ${param} noticed but not reset to its default (${used})`);
        }
      }
      for (const notice of notices) {
        // Notices are plain text built from a sanitised value: no markup, no payload syntax, short.
        if (/[<>"'`\\{}$]|javascript:/i.test(notice.value)) failures.push(`#${index} unsafe notice value ${notice.value}`);
        if (notice.value.length > 25) failures.push(`#${index} long notice value ${notice.value}`);
        if (!notice.message.includes(`"${notice.param}"`)) failures.push(`#${index} notice does not name ${notice.param}`);
      }
      if (failures.length > 20) break;
    }
    expect(failures).toEqual([]);
  });

  it('gives the same state for the same query, whatever else surrounds it', () => {
    for (const query of queries.slice(0, 2000)) {
      const plain = parseState(query).state;
      expect(parseState(`${query}&utm_source=${marker}&lti=1`).state, query).toEqual(plain);
    }
  });

  it('is idempotent: the state it returns, written and read again, is the same and needs no notice', () => {
    for (const query of queries) {
      const { state } = parseState(query);
      const again = parseState(serializeState(state));
      expect(again.state, query).toEqual(state);
      expect(again.notices, query).toEqual([]);
    }
  });

  it('keeps a huge step a number the diagram then clamps, with a notice', () => {
    const { state, notices } = parseState('step=999999');
    expect(state.step).toBe(999_999);
    expect(notices).toEqual([]);
    const clamped = clampStep(state, 9);
    expect(clamped.state.step).toBe(8);
    expect(clamped.notice?.message).toMatch(/past the end/);
    for (const step of ['-1', '1e3', '1.5', '1000000', ' 3', '٣', 'Infinity']) {
      const parsed = parseState(`step=${encodeURIComponent(step)}`);
      expect(parsed.state.step, step).toBe('last');
      expect(
        parsed.notices.map((notice) => notice.param),
        step,
      ).toEqual(['step']);
    }
  });
});

describe('serializeState → parseState round trip of valid states', () => {
  const r = random(0xbeef);
  it.each([false, true])('returns every valid state unchanged, with no notice (omitDefaults: %s)', (omitDefaults) => {
    for (let i = 0; i < 5000; i += 1) {
      const state = validState(r);
      const query = serializeState(state, { omitDefaults });
      const { state: back, notices } = parseState(query);
      expect(notices, query).toEqual([]);
      expect(back, query).toEqual({ ...state, ligands: normalizeLigands(state.ligands) });
      // Through a real URL too, as the browser hands it over.
      expect(parseState(new URL(`https://example.org/d/?${query}`).search).state, query).toEqual(back);
    }
  });
});
