/**
 * The qualitative states a node can be in. Each has a plain word (for text, screen readers and
 * the legend) and a non-colour cue (`mark`), so the diagram never relies on colour alone.
 */
export const activities = ['present', 'absent', 'active', 'primed', 'reduced', 'blocked', 'degraded', 'inactive'] as const;
export type Activity = (typeof activities)[number];

export interface ActivityInfo {
  /** Plain word used in accessible names and descriptions. */
  word: string;
  /** One sentence for the legend and help text. */
  meaning: string;
  /** Non-colour cue drawn on the glyph: check, half disc, hatch, cross, broken outline or none. */
  mark: 'check' | 'dot' | 'half' | 'hatch' | 'cross' | 'broken' | 'none';
}

export const activityInfo: Record<Activity, ActivityInfo> = {
  present: { word: 'present', meaning: 'The stimulus or drug is there.', mark: 'dot' },
  absent: { word: 'not present', meaning: 'Not part of this scenario.', mark: 'none' },
  active: { word: 'active', meaning: 'Switched on by the signal.', mark: 'check' },
  primed: {
    word: 'primed, waiting for a second signal',
    meaning: 'Made ready by NF-κB (signal 1) but not switched on: that needs a second signal this model does not include.',
    mark: 'half',
  },
  reduced: { word: 'reduced', meaning: 'Still on, but weaker because a drug partly blocks it or its input.', mark: 'hatch' },
  blocked: { word: 'blocked', meaning: 'Would be on, but a drug stops it or its input.', mark: 'cross' },
  degraded: { word: 'degraded', meaning: 'Tagged and destroyed, which releases what it was holding.', mark: 'broken' },
  inactive: { word: 'inactive', meaning: 'Not reached by any signal.', mark: 'none' },
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
