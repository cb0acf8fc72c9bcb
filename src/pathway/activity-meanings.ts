import type { Activity } from './activity';

/**
 * One sentence on each state, for a node's card. In a module of its own, apart from activityInfo,
 * so that the code that draws the diagram at load does not carry them (the card loads on first use).
 */
export const activityMeanings: Record<Activity, string> = {
  present: 'The stimulus or drug is there.',
  absent: 'Not part of this scenario.',
  active: 'Switched on by the signal.',
  primed: 'Made ready by NF-κB (signal 1) but not switched on: that needs a second signal this model does not include.',
  reduced: 'Still on, but weaker because a drug partly blocks it or its input.',
  blocked: 'Would be on, but a drug stops it or its input.',
  degraded: 'Tagged and destroyed, which releases what it was holding.',
  inactive: 'Not reached by any signal.',
};
