import { describe, expect, it } from 'vitest';
import { captionWithChanges, joinLabels } from '../../../src/pathway/captions';

describe('joinLabels', () => {
  it('joins none, one, two and three labels as a sentence would', () => {
    expect(joinLabels([])).toBe('');
    expect(joinLabels(['TLR4'])).toBe('TLR4');
    expect(joinLabels(['TLR4', 'MD-2'])).toBe('TLR4 and MD-2');
    expect(joinLabels(['LPS', 'HMGB1', 'morphine'])).toBe('LPS, HMGB1 and morphine');
  });
});

describe('captionWithChanges', () => {
  const labelOf = (id: string) => id.toUpperCase();
  const edges = [{ caption: 'LPS binds MD-2.' }, { caption: 'LPS binds MD-2.' }, { caption: 'TLR4 pairs up.' }];

  it("gives each arrow's caption once, in order, when nothing changed is blocked or reduced", () => {
    expect(captionWithChanges(edges, ['tlr4'], { tlr4: 'active' }, labelOf)).toBe('LPS binds MD-2. TLR4 pairs up.');
  });

  it('names the changed nodes that are blocked, then those reduced, with the verb agreeing', () => {
    const activity = { tlr4: 'blocked', md2: 'blocked', nfkb: 'reduced', il1b: 'active' } as const;
    expect(captionWithChanges(edges, ['tlr4', 'md2', 'nfkb', 'il1b'], activity, labelOf)).toBe(
      'LPS binds MD-2. TLR4 pairs up. In this scenario TLR4 and MD2 are blocked, and NFKB is reduced.',
    );
  });

  it('leaves out nodes that are blocked but did not change at this step', () => {
    // With no arrows, the text is the note alone.
    expect(captionWithChanges([], ['nfkb'], { tlr4: 'blocked', nfkb: 'reduced' }, labelOf)).toBe(
      'In this scenario NFKB is reduced.',
    );
  });
});
