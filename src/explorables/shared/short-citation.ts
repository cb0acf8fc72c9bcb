/** The parts of a reference a short citation needs. */
export interface CitableReference {
  id: string;
  authors: string;
  year: number;
}

/** A short in-text label: "Younger et al. 2013", "Cook & Sackett 1995", "DailyMed 2025". */
export function formatShortCitation(ref: CitableReference): string {
  const people = ref.authors.split(',').map((name) => name.trim());
  const surname = (name: string) => name.split(/\s+/)[0] ?? name;
  const first = surname(people[0] ?? ref.authors);
  if (/et al/i.test(ref.authors) || people.length > 2) return `${first} et al. ${ref.year}`;
  if (people.length === 2) return `${first} & ${surname(people[1] ?? '')} ${ref.year}`;
  return `${first} ${ref.year}`;
}

/** A citation a component can show and link: label and the reference's anchor on /references/. */
export interface SourceLink {
  label: string;
  href: string;
}

/** Short citations for `keys`, each linking to its entry on the references page under `referencesPath`. */
export function linkSources(
  keys: Iterable<string>,
  references: readonly CitableReference[],
  referencesPath: string,
): Record<string, SourceLink> {
  const byId = new Map(references.map((ref) => [ref.id, ref]));
  const links: Record<string, SourceLink> = {};
  for (const key of keys) {
    const ref = byId.get(key);
    if (!ref) throw new Error(`unknown reference "${key}"; add it to content/references/*.yaml`);
    links[key] = { label: formatShortCitation(ref), href: `${referencesPath}#ref-${key}` };
  }
  return links;
}
