import { describe, expect, it } from 'vitest';
import type { DiagramLayout } from '../../../src/pathway/layout';
import { entryNode } from '../../../src/pathway/entry-node';
import { moveFocus, walkByKey, type Direction } from '../../../src/pathway/navigate';

// A small hand-made layout: a → b, a → c, b → d, c → d, with e alone in b's compartment.
const node = (id: string, x: number, y: number, kind = 'adaptor') =>
  ({ id, x, y, kind, label: id.toUpperCase() }) as DiagramLayout['nodes'][number];
const edge = (source: string, target: string) =>
  ({ id: `${source}-${target}`, source, target }) as DiagramLayout['edges'][number];
const layout = {
  nodes: [node('a', 100, 10, 'ligand'), node('b', 50, 100), node('c', 150, 100), node('d', 100, 200), node('e', 300, 100)],
  edges: [edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')],
} as unknown as DiagramLayout;
const compartment = (id: string) => ({ a: 'out', b: 'cyto', c: 'cyto', d: 'nucleus', e: 'cyto' })[id];

describe('moveFocus', () => {
  it.each<[string, Direction, string | undefined]>([
    ['a', 'downstream', 'b'],
    ['b', 'downstream', 'd'],
    ['d', 'downstream', undefined],
    ['d', 'upstream', 'b'],
    ['a', 'upstream', undefined],
    ['b', 'next', 'c'],
    ['c', 'previous', 'b'],
    ['c', 'next', undefined],
    ['e', 'previous', 'c'],
    ['b', 'first', 'a'],
    ['a', 'last', 'd'],
  ])('from %s going %s reaches %s', (from, direction, expected) => {
    expect(moveFocus(layout, from, direction, compartment)).toBe(expected);
  });
});

describe('walkByKey', () => {
  it.each([
    ['ArrowDown', 'a', 'b'],
    ['ArrowUp', 'd', 'b'],
    ['ArrowRight', 'b', 'c'],
    ['ArrowLeft', 'c', 'b'],
    ['Home', 'd', 'a'],
    ['End', 'a', 'd'],
  ])('%s from %s focuses %s', (key, from, to) => {
    expect(walkByKey(layout, from, key, compartment)).toEqual({ to });
  });

  it('says, in words, that there is nothing that way', () => {
    expect(walkByKey(layout, 'd', 'ArrowDown', compartment)).toEqual({ nothing: 'Nothing downstream of D in this view.' });
    expect(walkByKey(layout, 'c', 'ArrowRight', compartment)).toEqual({ nothing: 'Nothing after C in this view.' });
  });

  it('ignores keys that do not walk', () => {
    expect(walkByKey(layout, 'a', 'Enter', compartment)).toEqual({});
  });
});

describe('entryNode', () => {
  it('starts at the first stimulus in reading order', () => {
    expect(entryNode(layout)).toBe('a');
  });
});
