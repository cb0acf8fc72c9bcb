import { z } from 'astro/zod';
import { keySchema, strictObject } from './strict-object';

/** Bibliography sections on /references/, in display order. */
export const referenceGroups = [
  'context',
  'receptor',
  'signalling',
  'opioids',
  'naltrexone',
  'sensitization',
  'clinical',
  'pharmacology',
  'methods',
  'databases',
] as const;

export const referenceKinds = ['article', 'review', 'trial', 'database', 'web', 'label', 'book'] as const;

const text = (field: string) =>
  z.string({ error: `${field} is required: write it as text` }).trim().min(1, { error: `${field} must not be empty` });

/** One source. Identifiers are copied from ../shared/science/EVIDENCE.md or checked and noted in `checked`. */
export const referenceSchema = strictObject({
  /** Citation key used in <Cite keys="…">, e.g. "tanga2005". */
  id: keySchema,
  /** Section of the bibliography. */
  group: z.enum(referenceGroups, { error: `group must be one of: ${referenceGroups.join(', ')}` }),
  /** What sort of source this is. */
  kind: z.enum(referenceKinds, { error: `kind must be one of: ${referenceKinds.join(', ')}` }),
  /** Authors as printed, "Surname I, et al." style; an organisation for databases. */
  authors: text('authors'),
  /** Exact title of the work. */
  title: text('title'),
  /** Journal, database or site. */
  venue: text('venue'),
  /** Year of publication. */
  year: z
    .number({ error: 'year is required: a four-digit number such as 2011' })
    .int()
    .min(1900, { error: 'year must be a four-digit year' })
    .max(2100, { error: 'year must be a four-digit year' }),
  /** Volume(issue):pages or article number. */
  details: z.string().optional(),
  /** DOI without prefix, e.g. 10.1073/pnas.0501634102. */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi must look like 10.1234/abc (no "doi:" prefix, no URL)' })
    .optional(),
  /** PubMed ID, digits only. */
  pmid: z.string({ error: 'pmid must be quoted text of digits, e.g. "15809417"' }).regex(/^\d{5,9}$/, { error: 'pmid must be 5–9 digits' }).optional(),
  /** PubMed Central ID. */
  pmcid: z.string().regex(/^PMC\d+$/, { error: 'pmcid must look like PMC1234567' }).optional(),
  /** Clinical-trial registry ID. */
  nct: z.string().regex(/^NCT\d{8}$/, { error: 'nct must look like NCT01234567' }).optional(),
  /** Reactome stable ID. */
  reactome: z.string().regex(/^R-[A-Z]{3}-\d+$/, { error: 'reactome must look like R-HSA-166016' }).optional(),
  /** Web address; required when there is neither doi nor pmid. */
  url: z.url({ error: 'url must be a full address starting with https://' }).optional(),
  /** What the source shows, in our own words (shown on reference cards). */
  summary: text('summary'),
  /** Caveats, e.g. a retracted companion paper. */
  notes: z.string().optional(),
  /** Where the identifiers and title were checked. */
  checked: text('checked'),
}).refine((ref) => Boolean(ref.doi || ref.pmid || ref.url), {
  error: 'needs at least one identifier: add doi, pmid or url',
  path: ['doi'],
});

export type Reference = z.infer<typeof referenceSchema>;
export type ReferenceGroup = (typeof referenceGroups)[number];
