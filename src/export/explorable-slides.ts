/**
 * The slides of an explorable's presentation (and of its PowerPoint deck): the NNT icon array
 * source by source, the forest plot with each filter, and the dose explorable in four steps that
 * teach its point (4.5 mg, 50 mg, the two compared over 72 h, the longer terminal half-life).
 * Each slide has a label, a caption in words, the explorable's own query, and its starting state.
 */
import { describeComparison, describeDose, LDN_DOSE_MG, STANDARD_DOSE_MG } from '../explorables/dose/describe';
import type { PkParameters } from '../explorables/dose/parameters';
import { defaultDoseState, serializeDoseState, type DoseState } from '../explorables/dose/state';
import { selectNaltrexoneHalfLife } from '../explorables/dose/substances';
import { summarizeDose } from '../explorables/dose/summary';
import { prepareDoseModel } from '../explorables/dose/timeline';
import { describeForestPanel, filterLabels } from '../explorables/forest/describe';
import type { ForestMeasureId } from '../explorables/forest/measures';
import { forestFilters, groupRowsIntoPanels, type ForestFilter } from '../explorables/forest/panels';
import type { ForestRow } from '../explorables/forest/schema';
import { serializeForestState } from '../explorables/forest/state';
import { describeNntSource } from '../explorables/nnt/describe';
import type { NntSource } from '../explorables/nnt/schema';
import { serializeNntState } from '../explorables/nnt/state';
import type { Axis } from '../explorables/shared/axis';
import type { ParamUpdates } from '../explorables/shared/url-state';
import { querySlug } from './file-name';

export interface ExplorableSlide<Initial> {
  /** e.g. "Source 2 of 4: Younger 2013". */
  label: string;
  /** What the slide shows, in words (the caption, and the PowerPoint notes). */
  caption: string;
  /** The explorable's parameters for this state, "?…" (for links and file names). */
  query: string;
  /** The file-name part for this slide's exports, where the query alone does not tell slides apart. */
  slug?: string;
  /** The explorable's `initial` prop. */
  initial: Initial;
}

export function queryOf(updates: ParamUpdates): string {
  const entries = Object.entries(updates).filter((entry): entry is [string, string] => entry[1] !== null);
  const text = new URLSearchParams(entries).toString();
  return text ? `?${text}` : '';
}

export function nntSlides(sources: readonly NntSource[]): ExplorableSlide<string>[] {
  return sources.map((source, index) => {
    const words = describeNntSource(source);
    return {
      label: `Source ${index + 1} of ${sources.length}: ${source.label}`,
      caption: `${words.verdict} ${words.finding}`,
      query: queryOf(serializeNntState({ sourceId: source.id })),
      initial: source.id,
    };
  });
}

/** A forest-plot slide's starting state: the filter, and the one panel (effect measure) it shows. */
export interface ForestSlideState {
  filter: ForestFilter;
  measure: ForestMeasureId;
}

/**
 * One slide per panel, so that each fits a projected screen: every filter's panels in turn, leaving
 * out a panel whose rows an earlier slide already showed (a filter that removes none of its rows).
 */
export function forestSlides(
  rows: readonly ForestRow[],
  axes: Partial<Record<ForestMeasureId, Axis>>,
): ExplorableSlide<ForestSlideState>[] {
  const seen = new Set<string>();
  const shown = forestFilters.flatMap((filter) =>
    groupRowsIntoPanels([...rows], axes, filter).flatMap((panel) => {
      const key = `${panel.measure.id}:${panel.rows.map((row) => row.id).join(',')}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ filter, panel }];
    }),
  );
  return shown.map(({ filter, panel }, index) => {
    const query = queryOf(serializeForestState({ filter }));
    return {
      label: `Panel ${index + 1} of ${shown.length}: ${filterLabels[filter]}, ${panel.measure.title}`,
      caption: describeForestPanel(panel),
      query,
      slug: `${querySlug(query)}-${panel.measure.id}`,
      initial: { filter, measure: panel.measure.id },
    };
  });
}

const doseTour: Array<{ title: string; state: Partial<DoseState> }> = [
  { title: `${LDN_DOSE_MG} mg, the usual LDN dose`, state: {} },
  { title: `${STANDARD_DOSE_MG} mg, the daily dose for addiction`, state: { doseMg: STANDARD_DOSE_MG } },
  { title: `${LDN_DOSE_MG} mg and ${STANDARD_DOSE_MG} mg compared over 72 hours`, state: { hours: 72, compare: true } },
  { title: 'The longer terminal half-life', state: { halfLife: 'wall1981' } },
];

export function doseSlides(parameters: PkParameters): ExplorableSlide<DoseState>[] {
  return doseTour.map(({ title, state: change }, index) => {
    const state: DoseState = { ...defaultDoseState, ...change };
    const model = prepareDoseModel(parameters, state.halfLife);
    const threshold = parameters.anchorOccupancy;
    const halfLives = {
      naltrexone: selectNaltrexoneHalfLife(parameters, state.halfLife),
      naltrexol: parameters.naltrexolHalfLife,
    };
    const comparison = state.compare
      ? ` ${describeComparison(summarizeDose(model, LDN_DOSE_MG, threshold), summarizeDose(model, STANDARD_DOSE_MG, threshold))}`
      : '';
    return {
      label: `Slide ${index + 1} of ${doseTour.length}: ${title}`,
      caption: `${describeDose(summarizeDose(model, state.doseMg, threshold), halfLives)}${comparison}`,
      query: queryOf(serializeDoseState(state)),
      initial: state,
    };
  });
}
