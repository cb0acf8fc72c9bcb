import { describe, expect, it } from 'vitest';
import { describeComparison, describeDose, formatDoseValueText } from '../../../../src/explorables/dose/describe';
import { summarizeDose } from '../../../../src/explorables/dose/summary';
import { prepareDoseModel } from '../../../../src/explorables/dose/timeline';
import { parameters } from './fixtures';

describe('dose descriptions', () => {
  it.each([
    [4.5, '4.5 milligrams (usual low dose)'],
    [50, '50 milligrams (standard tablet)'],
    [12, '12 milligrams'],
    [1.5, '1.5 milligrams'],
  ])('aria-valuetext for %s mg is "%s"', (dose, text) => {
    expect(formatDoseValueText(dose)).toBe(text);
  });

  const model = prepareDoseModel(parameters, 'meyer1984');

  it('reports peak times, relative peaks and modelled occupancy, labelled illustrative', () => {
    const text = describeDose(summarizeDose(model, 4.5, 0.9), { naltrexone: 4, naltrexol: 12 });
    expect(text).toMatch(
      /^4\.5 mg: naltrexone peaks at 9% of its 50 mg peak, about 1\.6 h after the dose \(illustrative timing\), then halves every 4 h\./,
    );
    expect(text).toMatch(/6β-naltrexol also peaks at 9% of its own 50 mg peak, at about 2\.3 h, then halves every 12 h\./);
    expect(text).toMatch(/Modelled μ-receptor occupancy \(illustrative\): \d+% at 24 h, at or above 90% until about 35 h\./);
  });

  it('says so when a dose never reaches the threshold', () => {
    const wall = prepareDoseModel(parameters, 'wall1981');
    expect(describeDose(summarizeDose(wall, 1, 0.9999999), { naltrexone: 8.9, naltrexol: 12 })).toMatch(
      /never reaching (100%|over 99%)/,
    );
  });

  it('compares 4.5 mg with 50 mg', () => {
    const text = describeComparison(summarizeDose(model, 4.5, 0.9), summarizeDose(model, 50, 0.9));
    expect(text).toMatch(/^Compared: 4\.5 mg peaks at 9% of the height of 50 mg \(4\.5 ÷ 50\)/);
    expect(text).toMatch(/until about 35 h versus 49 h\.$/);
  });
});
