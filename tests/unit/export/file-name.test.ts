import { describe, expect, it } from 'vitest';
import { exportFileName, pathwayStateSlug, querySlug, slugify } from '../../../src/export/file-name';
import { defaultState } from '../../../src/pathway/state';

describe('slugify', () => {
  it.each([
    ['Detailed map', 'detailed-map'],
    ['4.5 mg', '4.5-mg'],
    ['NF-κB (p65)', 'nf-b-p65'],
    ['  ..x..  ', 'x'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('pathwayStateSlug', () => {
  it('names the view, stimuli, drug, cell, contested and step', () => {
    expect(pathwayStateSlug({ ...defaultState, view: 'detailed', drug: 'ldn', contested: true, step: 3 })).toBe(
      'detailed-lps-ldn-microglia-contested_step-3',
    );
  });
  it('leaves the step out for the whole picture and says when nothing is present', () => {
    expect(pathwayStateSlug({ ...defaultState, ligands: [] })).toBe('overview-no-stimulus-no-drug-microglia');
  });
});

describe('exportFileName', () => {
  it.each([
    ['tlr4-pathway', 'detailed-lps_step-3', 'svg', {}, 'tlr4-pathway_detailed-lps_step-3.svg'],
    ['tlr4-pathway', 'overview-lps', 'png', { scale: 2 }, 'tlr4-pathway_overview-lps_2x.png'],
    ['tlr4-pathway', 'overview-lps', 'png', { scale: 4, transparent: true }, 'tlr4-pathway_overview-lps_4x_transparent.png'],
    ['tlr4-pathway', 'overview-lps', 'svg', { transparent: true }, 'tlr4-pathway_overview-lps_transparent.svg'],
    ['tlr4-pathway', 'overview-lps', 'pptx', { slides: true }, 'tlr4-pathway_overview-lps_slides.pptx'],
    ['dose-timeline', querySlug('?dose=4.5&hours=72'), 'svg', {}, 'dose-timeline_dose-4.5-hours-72.svg'],
    ['forest-plot', '', 'svg', {}, 'forest-plot_default.svg'],
    ['nnt-icon-array', '../../etc/passwd', 'svg', {}, 'nnt-icon-array_etc-passwd.svg'],
  ] as const)('%s %s %s %o → %s', (diagram, slug, kind, options, name) => {
    expect(exportFileName(diagram, slug, kind, options)).toBe(name);
  });

  it('keeps names short', () => {
    const name = exportFileName('tlr4-pathway', 'x'.repeat(400), 'png', { scale: 2 });
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/^[a-z0-9._-]+\.png$/);
  });
});
