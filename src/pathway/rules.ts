/**
 * The propagation rules of simulate.ts, as data, so the site can show readers exactly what the
 * model does. Keep this list and the code in simulate.ts in step: each rule names its function.
 */
export interface ModelRule {
  id: string;
  title: string;
  text: string;
  refs: string[];
}

export const modelRules: ModelRule[] = [
  {
    id: 'teaching-model',
    title: 'A teaching model, not a kinetic simulation',
    text: 'Each molecule is in one of a few plain states (active, reduced, blocked, primed, degraded, inactive). There are no concentrations, rates or doses beyond "full" and "partial".',
    refs: [],
  },
  {
    id: 'stimulus',
    title: 'Step 0 is the stimulus alone',
    text: 'Chosen stimuli and the drug are present at step 0; nothing else has happened yet. IκBα is active at rest because it holds NF-κB in the cytoplasm.',
    refs: ['reactome-ikk'],
  },
  {
    id: 'propagation',
    title: 'Signals pass along arrows',
    text: 'A molecule becomes active when an arrow reaches it from a present or active molecule. A reduced or blocked input passes on as reduced or blocked; when several inputs meet, the strongest wins.',
    refs: [],
  },
  {
    id: 'double-negative',
    title: 'Removing a brake switches NF-κB on',
    text: 'IKK marks IκBα for destruction; a degraded IκBα no longer holds NF-κB, so NF-κB becomes active. This double negative is drawn as two T-bars.',
    refs: ['reactome-ikk'],
  },
  {
    id: 'priming',
    title: 'IL-1β needs two signals',
    text: 'NF-κB only primes: it makes pro-IL-1β and more NLRP3 (signal 1). Mature IL-1β needs a second signal, such as extracellular ATP, that this model does not include, so IL-1β and the inflammasome stay "primed".',
    refs: ['bauernfeind2009', 'martinon2002'],
  },
  {
    id: 'inhibition',
    title: 'Drugs cap what they inhibit',
    text: 'An inhibiting drug caps its target at blocked (full) or reduced (partial), and the cap passes downstream. A target that nothing switches on stays inactive. Low-dose naltrexone is partial at μ-opioid receptors: its block is incomplete and wears off within hours.',
    refs: ['naltrexone-label', 'trostheim2022', 'mclaughlin2015'],
  },
  {
    id: 'naltrexone-mor',
    title: 'Naltrexone blocks μ-opioid receptors; (+)-naltrexone does not',
    text: 'Naltrexone (50 mg) blocks μ-opioid receptors in every scenario, so morphine brings no analgesia. The (+) isomer has little activity at opioid receptors and leaves them alone.',
    refs: ['naltrexone-label', 'hutchinson2008', 'hutchinson2010'],
  },
  {
    id: 'contested',
    title: 'Contested mechanisms only when switched on',
    text: 'Grade C arrows (dashed) act only when the reader switches contested mechanisms on. With them off, morphine acts only through μ-opioid receptors and naltrexone has no TLR4 effect.',
    refs: ['mattioli2014', 'corder2017', 'eisenstein2019'],
  },
  {
    id: 'naltrexone-tlr4',
    title: 'Naltrexone and TLR4 follow the rodent microglia data',
    text: 'When contested mechanisms are on, naltrexone isomers reduce only the TRIF–IRF3 arm (IRF3 and interferon-β), not NF-κB, following Wang 2016. That study also saw less TNF-α, which this model, routing TNF through NF-κB alone, does not show. In human monocytes naltrexone had no effect on TLR4 responses, so none is drawn.',
    refs: ['wang2016', 'cant2017'],
  },
  {
    id: 'morphine-routes',
    title: 'Two proposed routes for opioid-induced hyperalgesia',
    text: 'μ-opioid receptors on nociceptors start tolerance and hyperalgesia in mice (grade B). The microglial TLR4 route (grade C) appears only when contested mechanisms are on.',
    refs: ['corder2017', 'wang2012', 'mattioli2014'],
  },
  {
    id: 'cell',
    title: 'Monocytes are cells in a dish',
    text: 'The monocyte scenario stands for human blood monocytes studied in culture; they do not sit at the spinal synapse, so the arrows to dorsal-horn neurons do not act.',
    refs: ['cant2017'],
  },
  {
    id: 'order',
    title: 'Order of the steps',
    text: 'The drug acts first (it is already on board), then each stimulus meets its receptor, then arrows fire in the order of the evidence table, each as soon as its source is on: the plasma-membrane MyD88 arm before the endosomal TRIF arm, as in Kagan 2008. Arrows from one table row fire together as one step.',
    refs: ['kagan2008', 'reactome-tlr4-activated'],
  },
];
