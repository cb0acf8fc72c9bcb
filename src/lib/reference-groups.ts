import type { ReferenceGroup } from '../content/reference-schema';

/** Heading for each bibliography section on /references/. */
export const referenceGroupTitles: Record<ReferenceGroup, string> = {
  context: 'The 2022 study, the column and the clinical context',
  receptor: 'TLR4, MD-2 and their ligands',
  signalling: 'Signalling from TLR4 to the nucleus',
  opioids: 'Opioids and TLR4: evidence for and against',
  naltrexone: 'Naltrexone and TLR4',
  sensitization: 'Central sensitization and microglia',
  clinical: 'Clinical trials and reviews of LDN',
  pharmacology: 'Dose, pharmacokinetics and safety',
  methods: 'Methods: reading trial results',
  databases: 'Pathway databases',
};
