import { describe, expect, it } from 'vitest';
import { deckAction, moveSlide } from '../../../src/export/deck-keys';

const key = (name: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('deckAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Backspace', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['Escape', 'escape'],
    ['x', undefined],
    ['F5', undefined],
    ['Tab', undefined],
    ['constructor', undefined],
  ])('%j → %s', (name, action) => expect(deckAction(key(name))).toBe(action));

  it('leaves keys with Ctrl, Alt or Meta to the browser, and reads Shift+Space as back', () => {
    expect(deckAction(key('f', { ctrlKey: true }))).toBeUndefined();
    expect(deckAction(key('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(deckAction(key('b', { metaKey: true }))).toBeUndefined();
    expect(deckAction(key(' ', { shiftKey: true }))).toBe('prev');
  });
});

describe('moveSlide', () => {
  it.each([
    ['next', 0, 5, 1],
    ['next', 4, 5, 4],
    ['prev', 0, 5, 0],
    ['prev', 3, 5, 2],
    ['first', 3, 5, 0],
    ['last', 1, 5, 4],
    ['blank', 1, 5, undefined],
  ] as const)('%s from %i of %i → %s', (action, slide, count, expected) =>
    expect(moveSlide(action, slide, count)).toBe(expected),
  );
});
