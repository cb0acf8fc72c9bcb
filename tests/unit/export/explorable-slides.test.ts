import { describe, expect, it } from 'vitest';
import { doseSlides, nntSlides, queryOf } from '../../../src/export/explorable-slides';
import { parameters } from '../explorables/dose/fixtures';
import { noDifferenceSource, ratesSource, reportedNntSource } from '../explorables/nnt/fixtures';

describe('explorable slides', () => {
  it('makes one NNT slide per source, in order, with its query', () => {
    const slides = nntSlides([ratesSource, reportedNntSource, noDifferenceSource]);
    expect(slides.map((slide) => slide.initial)).toEqual(['younger2013', 'martin2022', 'bruun2024']);
    expect(slides[0]!.label).toBe('Source 1 of 3: A study');
    expect(slides[0]!.caption).toMatch(/^NNT ≈ 5/);
    expect(slides[1]!.query).toBe('?nnt=martin2022');
  });

  it('tours the dose explorable from 4.5 mg to the terminal half-life', () => {
    const slides = doseSlides(parameters);
    expect(slides.map((slide) => slide.query)).toEqual([
      '?dose=4.5&hours=24',
      '?dose=50&hours=24',
      '?dose=4.5&hours=72&compare=1',
      '?dose=4.5&hours=24&halflife=wall1981',
    ]);
    expect(slides[2]!.caption).toMatch(/Compared: 4\.5 mg/);
    expect(new Set(slides.map((slide) => slide.caption)).size).toBe(4);
  });

  it('writes only the parameters that are set', () => {
    expect(queryOf({ a: '1', b: null })).toBe('?a=1');
    expect(queryOf({})).toBe('');
  });
});
