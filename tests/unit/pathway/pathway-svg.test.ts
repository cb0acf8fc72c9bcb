/**
 * File snapshots of the rendered SVG (as Observable Plot's plot-snapshot tests do): each view in
 * three scenarios, numbers rounded to 0.1, Svelte's hydration comments removed. A missing
 * snapshot is written on first run (locally); any change in output fails until the snapshot is
 * reviewed and updated with `-u` (npx vitest run tests/unit/pathway -u).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PathwayKey from '../../../src/components/pathway/PathwayKey.svelte';
import PathwayLegend from '../../../src/components/pathway/PathwayLegend.svelte';
import PathwaySvg from '../../../src/components/pathway/PathwaySvg.svelte';
import { prepareDiagram } from '../../../src/pathway/diagram';
import { viewIds } from '../../../src/pathway/ids';
import { loadPathwayModel } from '../../../src/pathway/load-model';
import { defaultState, type DiagramState } from '../../../src/pathway/state';

const model = loadPathwayModel();

const scenarios: Array<[string, Partial<DiagramState>]> = [
  ['lps', {}],
  ['ldn-contested', { ligands: ['lps', 'morphine'], drug: 'ldn', contested: true, step: 3 }],
  ['naltrexone50-morphine-monocyte', { ligands: ['morphine'], drug: 'naltrexone50', cell: 'monocyte' }],
];

/** Stable, readable SVG text: no hydration comments, numbers at one decimal, one element per line. */
function normalize(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/-?\d+\.\d{2,}/g, (value) => String(Math.round(Number(value) * 10) / 10))
    .replace(/></g, '>\n<')
    .concat('\n');
}

function renderSvg(state: DiagramState, extra: Record<string, unknown> = {}): string {
  const { layout, description } = prepareDiagram(model, state);
  const props = { layout, description, idPrefix: `pw-${state.view}`, legend: PathwayLegend, ...extra };
  return normalize(render(PathwaySvg, { props }).body);
}

describe('PathwaySvg', () => {
  for (const view of viewIds) {
    it.each(scenarios)(`renders the ${view} view: %s`, async (name, overrides) => {
      await expect(renderSvg({ ...defaultState, ...overrides, view })).toMatchFileSnapshot(`snapshots/${view}-${name}.svg`);
    });
  }

  it('is an accessible graphics document with a title, a description and named nodes', () => {
    const svg = renderSvg({ ...defaultState, view: 'overview' });
    expect(svg).toMatch(
      /<svg[^>]*role="graphics-document"[^>]*aria-labelledby="pw-overview-title"[^>]*aria-describedby="pw-overview-desc"/,
    );
    expect(svg).toMatch(/<title id="pw-overview-title">Overview: LPS, no drug, microglia<\/title>/);
    expect(svg).toMatch(/<desc id="pw-overview-desc">Overview diagram, a teaching model/);
    expect(svg).toMatch(
      /<g data-node="nfkb" data-activity="active" data-kind="transcription-factor" tabindex="-1" role="img" aria-label="NF-κB, NF-κB p65\/p50 \(RELA\/NFKB1\), active"/,
    );
    expect(svg).not.toMatch(/ style=/);
  });

  it('marks focused and selected nodes and prefixes every id', () => {
    const svg = renderSvg(
      { ...defaultState, view: 'detailed' },
      { focusedNode: 'tlr4', selectedNode: 'myd88', idPrefix: 'fig2' },
    );
    expect(svg).toMatch(/data-node="tlr4"[^>]*class="node[^"]*focused/);
    expect(svg).toMatch(/data-node="myd88"[^>]*class="node[^"]*selected/);
    expect(svg).toMatch(/class="focus-ring/);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(id!.startsWith('fig2-')).toBe(true);
  });

  it('draws the key only when given the legend component', () => {
    const svg = renderSvg({ ...defaultState, view: 'overview' }, { legend: undefined });
    expect(svg).toMatch(/viewBox="0 0 1000 720"/);
    expect(svg).not.toMatch(/class="legend/);
    expect(renderSvg({ ...defaultState, view: 'overview' })).toMatch(/viewBox="0 0 1000 8\d\d"[\s\S]*class="legend/);
  });
});

describe('PathwayKey', () => {
  const { layout } = prepareDiagram(model, defaultState);
  const key = normalize(render(PathwayKey, { props: { legend: layout.legend, idPrefix: 'explorer-key' } }).body);

  it('is an SVG of its own, as wide as every view, hidden from screen readers', () => {
    expect(key).toMatch(
      new RegExp(
        `^<svg[^>]*viewBox="0 0 ${layout.legend.width} ${layout.legend.height}"[^>]*class="pathway-key"[^>]*aria-hidden="true"`,
      ),
    );
    // One key is drawn for every view the explorer switches to, so they must share a width.
    expect(new Set(model.views.map((view) => view.width))).toEqual(new Set([layout.legend.width]));
  });

  it('draws the states and arrows with its own markers and hatch', () => {
    for (const word of ['present', 'active', 'primed', 'reduced', 'blocked', 'degraded', 'activates', 'inhibits'])
      expect(key).toContain(`>${word}<`);
    const ids = [...key.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toContain('explorer-key-hatch');
    for (const id of ids) expect(id!.startsWith('explorer-key-')).toBe(true);
    for (const [, target] of key.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(target);
  });
});
