import { formatPValue, withTrueMinus } from '../shared/format';
import type { ForestFilter, ForestPanel } from './panels';
import type { ForestCondition, ForestDesign, ForestRow } from './schema';
import { readInterval } from './values';

export const designLabels: Record<ForestDesign, string> = {
  rct: 'Randomised trial',
  'meta-analysis': 'Meta-analysis of randomised trials',
  observational: 'Observational (not randomised)',
};

export const conditionLabels: Record<ForestCondition, string> = {
  fibromyalgia: 'Fibromyalgia',
  'mixed-chronic-pain': 'Mixed chronic pain',
};

export const filterLabels: Record<ForestFilter, string> = {
  all: 'All conditions',
  fibromyalgia: 'Fibromyalgia only',
};

/** A row's result in words, as reported: "−0.34 (95% CI −0.95 to 0.27); p = 0.27; d = 0.23". */
export function formatRowResult(row: ForestRow): string {
  const extras = [row.p ? formatPValue(row.p) : '', row.effectSize ?? ''].filter(Boolean);
  const tail = extras.length > 0 ? `; ${extras.join('; ')}` : '';
  if (row.groups) return `Pain fell ${row.groups.ldn.text}% on LDN vs ${row.groups.comparison.text}% on ${row.comparison}${tail}`;
  const estimate = withTrueMinus(row.estimate?.text ?? '');
  const interval =
    row.interval && row.interval !== 'not-reported'
      ? `95% CI ${withTrueMinus(row.interval.low.text)} to ${withTrueMinus(row.interval.high.text)}`
      : 'no interval reported';
  return `${estimate} (${interval})${tail}`;
}

/** How each row's interval reads, one sentence per kind of reading that occurs. */
function intervalReadings(rows: readonly ForestRow[]): string[] {
  const named = (reading: ReturnType<typeof readInterval>) =>
    rows
      .filter((row) => readInterval(row) === reading)
      .map((row) => row.study)
      .join('; ');
  const parts = [
    named('excludes-zero') && `Interval excludes no effect: ${named('excludes-zero')}.`,
    named('includes-zero') && `Interval includes no effect: ${named('includes-zero')}.`,
    named('not-reported') && `No interval reported: ${named('not-reported')}.`,
    named('within-group') && `Within-group percentage changes, not comparable: ${named('within-group')}.`,
  ];
  return parts.filter((part) => part !== '');
}

/** A sentence a screen reader hears when the filter changes: what is shown and how each interval reads. */
export function describeForest(panels: readonly ForestPanel[], filter: ForestFilter): string {
  const rows = panels.flatMap((panel) => panel.rows);
  const shown = `${filterLabels[filter]}: ${rows.length} results in ${panels.length} panels, one per effect measure.`;
  return [shown, ...intervalReadings(rows)].join(' ');
}

/** One panel in words, under a label that names its filter and measure (a presentation's caption). */
export function describeForestPanel(panel: ForestPanel): string {
  const count = panel.rows.length;
  return [`${count} ${count === 1 ? 'result' : 'results'} on this axis.`, ...intervalReadings(panel.rows)].join(' ');
}
