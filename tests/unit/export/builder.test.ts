import { describe, expect, it } from 'vitest';
import { embedAddress, pageAddress, presentAddress, snippetHeight } from '../../../src/export/builder';
import { diagrams } from '../../../src/export/diagrams';

describe('embedAddress', () => {
  it.each([
    ['tlr4-pathway', '', {}, 'embed/tlr4-pathway/'],
    [
      'tlr4-pathway',
      '?view=detailed&drug=ldn&step=3',
      { controls: 'steps' as const },
      'embed/tlr4-pathway/detailed/?drug=ldn&step=3&controls=steps',
    ],
    [
      'tlr4-pathway',
      '?view=opioid&ligand=morphine,lps',
      { theme: 'projector' as const },
      'embed/tlr4-pathway/opioid/?ligand=morphine,lps&theme=projector',
    ],
    ['tlr4-pathway', '?view=nope', {}, 'embed/tlr4-pathway/?view=nope'],
    [
      'forest-plot',
      '?forest=fibromyalgia&utm=1',
      { controls: 'none' as const },
      'embed/forest-plot/?forest=fibromyalgia&controls=none',
    ],
    ['dose-timeline', '?theme=dark&dose=50', { theme: 'dark' as const }, 'embed/dose-timeline/?dose=50&theme=dark'],
  ] as const)('%s %s %o → %s', (diagram, search, options, expected) => {
    expect(embedAddress(diagram, search, options)).toBe(expected);
  });
});

describe('other addresses', () => {
  it('presents in the projector theme unless another is chosen', () => {
    expect(presentAddress('tlr4-pathway', '?view=detailed&theme=dark', 'projector')).toBe('present/tlr4-pathway/?view=detailed');
    expect(presentAddress('nnt-icon-array', '', 'dark')).toBe('present/nnt-icon-array/?theme=dark');
  });
  it('links the full page with the state', () => {
    expect(pageAddress('tlr4-pathway', '?controls=none&view=detailed')).toBe('diagrams/tlr4-pathway/?view=detailed');
    expect(pageAddress('nnt-icon-array', '?nnt=martin2022')).toBe('learn/the-2022-cohort-study/?nnt=martin2022');
  });
});

describe('snippetHeight', () => {
  const known = diagrams['tlr4-pathway'].heights;
  it.each([
    [{ width: 640, controls: 'full', theme: undefined }, 900, 900],
    [{ width: 640, controls: 'none', theme: undefined }, undefined, known.none],
    [{ width: '100%', controls: 'full', theme: undefined }, 900, known.full],
    [{ width: '100%', controls: 'steps', theme: undefined }, 4000, 4000],
  ] as const)('%o measured %s → %i', (choices, measured, expected) => {
    expect(snippetHeight('tlr4-pathway', choices, measured)).toBe(expected);
  });
});
