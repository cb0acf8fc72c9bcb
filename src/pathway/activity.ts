/**
 * The qualitative states a node can be in. Each has a plain word (for text, screen readers and
 * the legend) and a non-colour cue (`mark`), so the diagram never relies on colour alone.
 */
export const activities = ['present', 'absent', 'active', 'primed', 'reduced', 'blocked', 'degraded', 'inactive'] as const;
export type Activity = (typeof activities)[number];

export interface ActivityInfo {
  /** Plain word used in accessible names and descriptions. */
  word: string;
  /** Non-colour cue drawn on the glyph: check, half disc, hatch, cross, broken outline or none. */
  mark: 'check' | 'dot' | 'half' | 'hatch' | 'cross' | 'broken' | 'none';
}

export const activityInfo: Record<Activity, ActivityInfo> = {
  present: { word: 'present', mark: 'dot' },
  absent: { word: 'not present', mark: 'none' },
  active: { word: 'active', mark: 'check' },
  primed: { word: 'primed, waiting for a second signal', mark: 'half' },
  reduced: { word: 'reduced', mark: 'hatch' },
  blocked: { word: 'blocked', mark: 'cross' },
  degraded: { word: 'degraded', mark: 'broken' },
  inactive: { word: 'inactive', mark: 'none' },
};

/** Strength order used when several inputs meet: the strongest wins, then caps apply. */
export const levelRank = { none: 0, blocked: 1, primed: 2, reduced: 3, active: 4 } as const;
export type Level = keyof typeof levelRank;

/** States in which a node passes a signal on (a primed node waits; an inactive one is silent). */
export function isSignalling(activity: Activity): boolean {
  return (
    activity === 'present' || activity === 'active' || activity === 'reduced' || activity === 'blocked' || activity === 'degraded'
  );
}
