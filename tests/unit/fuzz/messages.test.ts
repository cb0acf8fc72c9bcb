import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/export/embed-params';
import { isSizeRequest } from '../../../src/export/frame-messages';
import { parseCommand, readResizeHeight, readStateMessage } from '../../../src/export/messages';
import { hostileQuery, invalidMessage, random } from './url-states';

// Fuzz of what an embed or a presentation accepts from the page that frames it, and of the
// embed's own URL parameters: nothing malformed may pass as a command, and nothing may throw.
const r = random(0x5eed);
const messages = Array.from({ length: 5000 }, () => {
  const made = invalidMessage(r);
  return 'json' in made
    ? (JSON.parse(made.json) as unknown)
    : made.special === 'date'
      ? new Date(0)
      : new Map([['command', 'next']]);
});

describe('the embed message handlers on 5,000 malformed messages', () => {
  it('accept none of them as a command, whatever the deck length', () => {
    const accepted = messages.flatMap((data) =>
      [1, 5, 12].flatMap((count) => (parseCommand(data, count) ? [`${JSON.stringify(data)} (count ${count})`] : [])),
    );
    expect(accepted).toEqual([]);
  });

  it('never throw, and read no bad height or state out of them', () => {
    for (const data of messages) {
      expect(() => isSizeRequest(data)).not.toThrow();
      const height = readResizeHeight(data);
      if (height !== undefined) expect(height >= 50 && height <= 20000, JSON.stringify(data)).toBe(true);
      const search = readStateMessage(data, 'tlr4-pathway');
      // A query string, which the host turns into a URL (never markup): no fragment, no spaces, bounded.
      if (search !== undefined) expect(search, JSON.stringify(data)).toMatch(/^(\?[^#\s]{0,500})?$/);
    }
  });

  it('accept the exact commands (the fuzz above could fail)', () => {
    const type = 'tlr4-explainer:command';
    expect(parseCommand({ type, version: 1, command: 'next' }, 3)).toEqual({ command: 'next' });
    expect(parseCommand({ type, command: 'goto', slide: 2 }, 3)).toEqual({ command: 'goto', slide: 2 });
    expect(parseCommand({ type, command: 'goto', slide: 3 }, 3)).toBeUndefined();
  });
});

describe('the embed parameters on 5,000 hostile queries', () => {
  it('never throw, fall back to known values, and explain with sanitised text', () => {
    const rq = random(0xe4bed);
    for (let i = 0; i < 5000; i += 1) {
      const query = `${hostileQuery(rq)}&theme=${encodeURIComponent(hostileQuery(rq))}&controls=${rq.pick(['none', 'steps', 'full', '<b>', 'x', ''])}`;
      const { options, notices } = parseEmbedParams(query);
      expect(['full', 'steps', 'none'], query).toContain(options.controls);
      expect([undefined, 'auto', 'light', 'dark', 'projector'], query).toContain(options.theme);
      for (const notice of notices) expect(notice, query).not.toMatch(/[<>]|javascript:/i);
    }
  });
});
