import { computeArrFromNnt, countIcons } from './math';
import type { NntSource } from './schema';

/** What one icon stands for; each kind has its own shape as well as colour. */
export type IconKind = 'improved-anyway' | 'improved-extra' | 'not-improved' | 'not-reported';

export const iconKinds: readonly IconKind[] = ['improved-anyway', 'improved-extra', 'not-improved', 'not-reported'];

/** One 10 × 10 array: a group of 100 people. */
export interface IconGroup {
  id: 'comparison' | 'treatment';
  /** Heading above the array, e.g. "Placebo". */
  title: string;
  /** One sentence that says what the array shows; also the SVG's accessible description. */
  summary: string;
  counts: Record<IconKind, number>;
  /** One entry per person, in drawing order (row by row from the top left). */
  icons: IconKind[];
}

export const ICONS_PER_GROUP = 100;

/** "placebo" → "Placebo", for a title. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A group of 100 from counts, filled in the order of `iconKinds`. */
function fillGroup(counts: Partial<Record<IconKind, number>>): { counts: Record<IconKind, number>; icons: IconKind[] } {
  const full = Object.fromEntries(iconKinds.map((kind) => [kind, counts[kind] ?? 0])) as Record<IconKind, number>;
  const icons = iconKinds.flatMap((kind) => Array<IconKind>(full[kind]).fill(kind));
  if (icons.length !== ICONS_PER_GROUP) throw new Error(`an icon group must hold ${ICONS_PER_GROUP} people, not ${icons.length}`);
  return { counts: full, icons };
}

/**
 * The two arrays (comparison, treatment) for a source. Only what the source reports is drawn:
 * an unreported rate is shown as "not reported", never as a made-up split.
 */
export function buildIconGroups(source: NntSource): IconGroup[] {
  const { result, treatment, comparison, outcome } = source;
  const n = ICONS_PER_GROUP;
  if (result.kind === 'rates') {
    const control = countIcons(result.controlPercent.value / 100);
    const treated = countIcons(result.treatedPercent.value / 100);
    return [
      {
        id: 'comparison',
        title: capitalise(comparison),
        summary: `${capitalise(comparison)}: ${control} of ${n} ${outcome}.`,
        ...fillGroup({ 'improved-anyway': control, 'not-improved': n - control }),
      },
      {
        id: 'treatment',
        title: capitalise(treatment),
        summary: `${capitalise(treatment)}: ${treated} of ${n} ${outcome}: the same ${control} as on ${comparison} plus ${treated - control} more.`,
        ...fillGroup({ 'improved-anyway': control, 'improved-extra': treated - control, 'not-improved': n - treated }),
      },
    ];
  }
  if (result.kind === 'reported-nnt') {
    const extra = countIcons(computeArrFromNnt(result.nnt.value));
    return [
      {
        id: 'comparison',
        title: capitalise(comparison),
        summary: `${capitalise(comparison)}: the rate is not reported, so all ${n} are shown as not reported.`,
        ...fillGroup({ 'not-reported': n }),
      },
      {
        id: 'treatment',
        title: capitalise(treatment),
        summary: `${capitalise(treatment)}: ${extra} of ${n} are the additional people who ${outcome} (1 ÷ ${result.nnt.text}); what happened to the other ${n - extra} is not reported.`,
        ...fillGroup({ 'improved-extra': extra, 'not-reported': n - extra }),
      },
    ];
  }
  return (['comparison', 'treatment'] as const).map((id) => ({
    id,
    title: capitalise(id === 'comparison' ? comparison : treatment),
    summary: `${capitalise(id === 'comparison' ? comparison : treatment)}: no responder rate is reported in our sources, so all ${n} are shown as not reported.`,
    ...fillGroup({ 'not-reported': n }),
  }));
}

/** Legend text for each kind of icon. */
export const iconLabels: Record<IconKind, string> = {
  'improved-anyway': 'Improved, with or without the treatment',
  'improved-extra': 'Additional people who improved with the treatment',
  'not-improved': 'Did not improve',
  'not-reported': 'Not reported by the source',
};

const countLabels: Record<IconKind, string> = {
  'improved-anyway': 'improved',
  'improved-extra': 'more improved with treatment',
  'not-improved': 'did not improve',
  'not-reported': 'not reported',
};

/** "11 improved, 21 more improved with treatment, 68 did not improve": the counts under an array. */
export function formatGroupCounts(group: IconGroup): string {
  return iconKinds
    .filter((kind) => group.counts[kind] > 0)
    .map((kind) => `${group.counts[kind]} ${countLabels[kind]}`)
    .join(', ');
}

/** The kinds drawn in any of `groups`, for the legend. */
export function listIconKinds(groups: readonly IconGroup[]): IconKind[] {
  return iconKinds.filter((kind) => groups.some((group) => group.counts[kind] > 0));
}
