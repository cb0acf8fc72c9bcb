import { describe, expect, it } from 'vitest';
import { diagramIds, diagrams, diagramSearch, isDiagramId } from '../../../src/export/diagrams';

describe('diagrams', () => {
  it('lists every diagram with its own id, a page and parameters', () => {
    for (const id of diagramIds) {
      expect(diagrams[id].id).toBe(id);
      expect(diagrams[id].page).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(diagrams[id].params.length).toBeGreaterThan(0);
      expect(diagrams[id].heights.none).toBeLessThanOrEqual(diagrams[id].heights.full);
    }
  });
  it('recognises ids', () => {
    expect(isDiagramId('forest-plot')).toBe(true);
    expect(isDiagramId('__proto__')).toBe(false);
    expect(isDiagramId(3)).toBe(false);
  });
  it.each([
    ['tlr4-pathway', '?theme=dark&view=detailed&ligand=lps,morphine&utm=x&step=2', '?view=detailed&ligand=lps,morphine&step=2'],
    ['dose-timeline', '?controls=none&hours=72&dose=50', '?dose=50&hours=72'],
    ['forest-plot', '?theme=dark', ''],
  ] as const)('keeps only %s parameters of %s', (id, search, expected) => expect(diagramSearch(id, search)).toBe(expected));
});
