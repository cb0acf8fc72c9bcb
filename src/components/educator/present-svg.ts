/**
 * The presentation's SVG, like the explorer's (explorer-svg.svelte.ts), is rendered by the page as
 * the island's child and hydrated in a task of its own: hydrating it with the deck was one long
 * task on a slow phone while the page loaded.
 */
import type { PreparedDiagram } from '../../pathway/diagram';
import PathwayLegend from '../pathway/PathwayLegend.svelte';

/** The props of the presentation's SVG on a slide: what the page renders and what hydration then expects. */
export const presentSvgStart = ({ layout, description }: Pick<PreparedDiagram, 'layout' | 'description'>) => ({
  idPrefix: 'present',
  layout,
  description,
  legend: PathwayLegend,
});
