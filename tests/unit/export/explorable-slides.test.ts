import { describe, expect, it } from 'vitest';
import { buildPanelAxes } from '../../../src/explorables/forest/axes';
import { readForestRows } from '../../../src/explorables/forest/read';
import { doseSlides, forestSlides, nntSlides, queryOf } from '../../../src/export/explorable-slides';
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

  it('shows the forest plot one panel per slide, without repeating a panel a filter leaves whole', () => {
    const rows = readForestRows();
    const slides = forestSlides(rows, buildPanelAxes(rows));
    const shown = slides.map((slide) => `${slide.initial.filter}:${slide.initial.measure}`);
    // Every panel of every filter is on a slide once; the fibromyalgia filter only adds panels it changes.
    expect(shown.slice(0, 4)).toEqual(['all:smd', 'all:pain-md', 'all:fiqr-md', 'all:percent-change']);
    expect(shown.slice(4).every((slide) => slide.startsWith('fibromyalgia:'))).toBe(true);
    expect(shown.length).toBeLessThan(8);
    expect(slides[0]!.label).toBe(`Panel 1 of ${slides.length}: All conditions, Standardised mean difference (d)`);
    expect(slides[4]!.query).toBe('?forest=fibromyalgia');
    expect(new Set(slides.map((slide) => slide.slug)).size).toBe(slides.length);
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
