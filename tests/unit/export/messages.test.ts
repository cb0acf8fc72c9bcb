import { describe, expect, it } from 'vitest';
import { isSizeRequest, keepParams, resizeMessages } from '../../../src/export/frame-messages';
import { keyMessage, parseCommand, readResizeHeight, readStateMessage } from '../../../src/export/messages';

const command = (extra: Record<string, unknown>) => ({ type: 'tlr4-explainer:command', version: 1, ...extra });

describe('parseCommand', () => {
  it.each([
    [command({ command: 'next' }), { command: 'next' }],
    [command({ command: 'prev' }), { command: 'prev' }],
    [{ type: 'tlr4-explainer:command', command: 'next' }, { command: 'next' }],
    [command({ command: 'goto', slide: 0 }), { command: 'goto', slide: 0 }],
    [command({ command: 'goto', slide: 9 }), { command: 'goto', slide: 9 }],
  ])('accepts %o', (data, expected) => expect(parseCommand(data, 10)).toEqual(expected));

  it.each([
    ['a string', 'next'],
    ['null', null],
    ['an array', [command({ command: 'next' })]],
    ['another type', { type: 'tlr4-explainer:slide', command: 'next' }],
    ['another version', command({ command: 'next', version: 2 })],
    ['an unknown command', command({ command: 'jump' })],
    ['an extra key', command({ command: 'next', evil: true })],
    ['next with a slide', command({ command: 'next', slide: 2 })],
    ['goto without a slide', command({ command: 'goto' })],
    ['goto past the end', command({ command: 'goto', slide: 10 })],
    ['goto below zero', command({ command: 'goto', slide: -1 })],
    ['goto a fraction', command({ command: 'goto', slide: 1.5 })],
    ['goto a string', command({ command: 'goto', slide: '3' })],
    ['goto NaN', command({ command: 'goto', slide: Number.NaN })],
    ['a class instance', Object.assign(new (class Fake {})(), command({ command: 'next' }))],
  ])('ignores %s', (_name, data) => expect(parseCommand(data, 10)).toBeUndefined());
});

describe('resize messages', () => {
  it('sends both formats with the height rounded up', () => {
    expect(resizeMessages('forest-plot', 812.2)).toEqual([
      { type: 'tlr4-explainer:resize', version: 1, diagram: 'forest-plot', height: 813 },
      { subject: 'lti.frameResize', height: 813 },
    ]);
  });
  it.each([
    [{ type: 'tlr4-explainer:resize', version: 1, diagram: 'tlr4-pathway', height: 700 }, 700],
    [{ subject: 'lti.frameResize', height: 640.5 }, 641],
    [{ subject: 'lti.frameResize', height: '640' }, undefined],
    [{ subject: 'lti.frameResize', height: 10 }, undefined],
    [{ subject: 'lti.frameResize', height: 1e9 }, undefined],
    [{ subject: 'lti.frameResize', height: Number.POSITIVE_INFINITY }, undefined],
    [{ type: 'other', height: 700 }, undefined],
    [null, undefined],
  ])('reads %o as %s', (data, height) => expect(readResizeHeight(data)).toBe(height));
});

describe('other messages', () => {
  it('recognises a size request exactly', () => {
    expect(isSizeRequest({ type: 'tlr4-explainer:request-size', version: 1 })).toBe(true);
    expect(isSizeRequest({ type: 'tlr4-explainer:request-size', extra: 1 })).toBe(false);
  });
  it('copies only the key fields of a keyboard event', () => {
    const event = { key: 'x', code: 'KeyX', altKey: false, ctrlKey: false, metaKey: false, shiftKey: true, target: {} };
    expect(keyMessage(event)).toEqual({
      type: 'tlr4-explainer:key',
      version: 1,
      key: 'x',
      code: 'KeyX',
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: true,
    });
  });
  it.each([
    [{ type: 'tlr4-explainer:state', version: 1, diagram: 'nnt-icon-array', search: '?nnt=x' }, '?nnt=x'],
    [{ type: 'tlr4-explainer:state', version: 1, diagram: 'nnt-icon-array', search: '' }, ''],
    [{ type: 'tlr4-explainer:state', version: 1, diagram: 'forest-plot', search: '?forest=all' }, undefined],
    [{ type: 'tlr4-explainer:state', version: 1, diagram: 'nnt-icon-array', search: 'javascript:x' }, undefined],
    [{ type: 'tlr4-explainer:state', version: 1, diagram: 'nnt-icon-array', search: '?a b' }, undefined],
  ])('reads the state message %o as %s', (data, search) => expect(readStateMessage(data, 'nnt-icon-array')).toBe(search));
});

describe('keepParams', () => {
  it('keeps the named parameters in their order, with readable commas', () => {
    expect(keepParams('?utm=1&step=2&ligand=lps,morphine&view=opioid', ['view', 'ligand', 'step'])).toBe(
      '?view=opioid&ligand=lps,morphine&step=2',
    );
    expect(keepParams('?theme=dark', ['view'])).toBe('');
  });
});
