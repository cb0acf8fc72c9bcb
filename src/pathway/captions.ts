/**
 * Words shared by the simulation's step captions, the view's step captions and the diagram's
 * description.
 */
import { activityInfo, type Activity } from './activity';

/** "A", "A and B", "A, B and C". */
export function joinLabels(labels: string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * A step's caption: its arrows' captions (each once), then which of the nodes it changed are
 * blocked or reduced in this scenario.
 */
export function captionWithChanges(
  edges: Array<{ caption: string }>,
  changed: string[],
  activity: Record<string, Activity>,
  labelOf: (id: string) => string,
): string {
  const text = [...new Set(edges.map((edge) => edge.caption))].join(' ');
  const notes = (['blocked', 'reduced'] as const)
    .map((state) => {
      const ids = changed.filter((id) => activity[id] === state);
      return ids.length > 0 ? `${joinLabels(ids.map(labelOf))} ${ids.length > 1 ? 'are' : 'is'} ${activityInfo[state].word}` : '';
    })
    .filter(Boolean);
  return notes.length > 0 ? [text, `In this scenario ${notes.join(', and ')}.`].filter(Boolean).join(' ') : text;
}
