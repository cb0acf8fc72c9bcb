/**
 * The diagrams' ids and the URL parameters that carry each one's state: all that browser code
 * in an embed needs (the titles and heights are in diagrams.ts). Ids are public (they are in
 * /embed/<id>/ and /present/<id>/ addresses), so add entries but never rename one.
 */
export const diagramIds = ['tlr4-pathway', 'nnt-icon-array', 'forest-plot', 'dose-timeline'] as const;
export type DiagramId = (typeof diagramIds)[number];

export const diagramParams: Record<DiagramId, readonly string[]> = {
  'tlr4-pathway': ['view', 'ligand', 'drug', 'cell', 'contested', 'step'],
  'nnt-icon-array': ['nnt'],
  'forest-plot': ['forest'],
  'dose-timeline': ['dose', 'hours', 'compare', 'halflife'],
};

export function isDiagramId(value: unknown): value is DiagramId {
  return typeof value === 'string' && (diagramIds as readonly string[]).includes(value);
}

/** The query string (with "?", or "") keeping only `diagram`'s own parameters from `search`, in its order. */
export function diagramSearch(diagram: DiagramId, search: string): string {
  // The same as keepParams in frame-messages.ts, which an embed's own script uses without this module.
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of diagramParams[diagram]) for (const value of given.getAll(name)) kept.append(name, value);
  const text = kept.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
