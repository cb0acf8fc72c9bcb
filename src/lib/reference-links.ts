import type { Reference } from '../content/reference-schema';

export interface IdentifierLink {
  /** Short label shown to readers, e.g. "DOI 10.1073/pnas.0501634102". */
  label: string;
  href: string;
}

/** Resolver links for each identifier a reference has, DOI first. */
export function identifierLinks(ref: Reference): IdentifierLink[] {
  const links: IdentifierLink[] = [];
  if (ref.doi) links.push({ label: `DOI ${ref.doi}`, href: `https://doi.org/${ref.doi}` });
  if (ref.pmid) links.push({ label: `PMID ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` });
  if (ref.pmcid) links.push({ label: ref.pmcid, href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.pmcid}/` });
  if (ref.nct) links.push({ label: ref.nct, href: `https://clinicaltrials.gov/study/${ref.nct}` });
  if (ref.reactome && !ref.url)
    links.push({ label: `Reactome ${ref.reactome}`, href: `https://reactome.org/content/detail/${ref.reactome}` });
  if (ref.url) links.push({ label: ref.reactome ? `Reactome ${ref.reactome}` : 'Web page', href: ref.url });
  return links;
}

/**
 * "Tanga FY et al. 2005" style label used in accessible names and compact lists. A database entry
 * is labelled by its accession instead ("Reactome R-HSA-166016", "KEGG hsa04620"): its year is the
 * year it was consulted, which eleven entries share.
 */
export function shortCitation(ref: Reference): string {
  const first = ref.authors.split(',')[0]?.trim() ?? ref.authors;
  const etAl = ref.authors.includes(',') ? ' et al.' : '';
  return `${first}${etAl} ${(ref.kind === 'database' && accession(ref)) || ref.year}`;
}

/** A database entry's accession: its Reactome ID, or the last part of its page's address (hsa04620, WP75). */
const accession = (ref: Reference) => ref.reactome ?? (ref.url && new URL(ref.url).pathname.split('/').findLast(Boolean));

/** What a diagram's node card needs to show a reference: small enough to ship to the browser. */
export interface ReferenceSummary {
  /** "Tanga FY et al. 2005". */
  label: string;
  title: string;
  /** The first resolver link (DOI, PubMed, …). */
  href: string | undefined;
}

export type ReferenceSummaries = Record<string, ReferenceSummary>;

/** Summaries of the references whose ids are listed, for an island's props. */
export function summarizeReferences(all: readonly Reference[], ids: Iterable<string>): ReferenceSummaries {
  const byId = new Map(all.map((ref) => [ref.id, ref]));
  const summaries: ReferenceSummaries = {};
  for (const id of ids) {
    const ref = byId.get(id);
    if (ref) summaries[id] = { label: shortCitation(ref), title: ref.title, href: identifierLinks(ref)[0]?.href };
  }
  return summaries;
}
