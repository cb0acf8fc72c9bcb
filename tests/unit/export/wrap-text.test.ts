import { describe, expect, it } from 'vitest';
import { measureText } from '../../../src/pathway/measure-label';
import { creditLines, wrapText } from '../../../src/export/wrap-text';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    const lines = wrapText('Step 3 of 21: TLR4 recruits TIRAP and MyD88 at the plasma membrane', 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Step 3 of 21: TLR4 recruits TIRAP and MyD88 at the plasma membrane');
  });
  it('cuts a word longer than the line', () => {
    const url = `https://teach.example.edu/${'x'.repeat(120)}`;
    const lines = wrapText(url, 300, 12);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(300);
  });
});

describe('creditLines', () => {
  it('names the site, the page and the licence', () => {
    const [source, license] = creditLines('TLR4 & LDN explained', 'https://x.edu/diagrams/tlr4-pathway/');
    expect(source).toContain('https://x.edu/diagrams/tlr4-pathway/');
    expect(license).toMatch(/CC BY 4\.0/);
  });
});
