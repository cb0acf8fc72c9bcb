import { describe, expect, it } from 'vitest';
import { fromIslandJson, toIslandJson } from '../../../src/lib/island-json';

describe('island JSON', () => {
  it('round-trips a value', () => {
    const value = { nodes: [{ id: 'tlr4', label: 'TLR4' }], note: 'quotes " and <tags>' };
    expect(fromIslandJson(toIslandJson(value))).toEqual(value);
  });

  it('parses one string once, so an island and its warm-up share one object', () => {
    const json = toIslandJson({ id: 'shared' });
    expect(fromIslandJson(json)).toBe(fromIslandJson(`${json}`));
    expect(fromIslandJson(toIslandJson({ id: 'other' }))).not.toBe(fromIslandJson(json));
  });
});
