import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/content/chapter-schema';

const good = {
  title: 'Why look beyond opioids and NSAIDs',
  order: 1,
  summary: 'Why chronic pain needs more options, and what this site asks about microglia and naltrexone.',
  objectives: ['Describe the main harms of long-term opioids', 'Explain why NSAIDs are not a safe long-term answer'],
  lastReviewed: '2026-11-26',
};

function messages(input: unknown): string {
  const result = chapterSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('chapterSchema', () => {
  it('accepts good frontmatter and parses the review date', () => {
    const result = chapterSchema.parse(good);
    expect(result.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-26');
  });

  it.each([
    ['a misspelt field', { ...good, titel: 'x' }, /unknown field "titel": check the spelling; allowed fields are title, order/],
    ['a missing order', { ...good, order: undefined }, /order: order is required: a whole number/],
    ['a fractional order', { ...good, order: 1.5 }, /order: order must be a whole number/],
    ['a long summary', { ...good, summary: 'x'.repeat(241) }, /summary: summary must be at most 240 characters/],
    ['a single objective', { ...good, objectives: ['Explain one thing only'] }, /objectives: objectives needs at least 2 items/],
    ['objectives as text', { ...good, objectives: 'Explain' }, /objectives: objectives is required: a list/],
    ['a bad date', { ...good, lastReviewed: 'last week' }, /lastReviewed: lastReviewed must be a date written as YYYY-MM-DD/],
  ])('rejects %s', (_name, input, pattern) => {
    expect(messages(input)).toMatch(pattern);
  });
});
