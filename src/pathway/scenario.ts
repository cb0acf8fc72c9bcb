import { cellIds, drugIds, ligandIds, type CellId, type DrugId, type LigandId } from './ids';

/** What the reader has switched on: stimuli, one drug regimen, the cell, contested mechanisms. */
export interface Scenario {
  /** Stimuli present, in the canonical order of `ligandIds` (empty: none). */
  ligands: LigandId[];
  /** The drug regimen on board. */
  drug: DrugId;
  /** The immune cell the map stands for. */
  cell: CellId;
  /** Whether grade C (contested) edges act. */
  contested: boolean;
}

export const defaultScenario: Scenario = { ligands: ['lps'], drug: 'none', cell: 'microglia', contested: false };

/** Ligands deduplicated and in canonical order, so equal scenarios compare equal. */
export function normalizeLigands(ligands: readonly LigandId[]): LigandId[] {
  return ligandIds.filter((id) => ligands.includes(id));
}

export const isLigandId = (value: string): value is LigandId => (ligandIds as readonly string[]).includes(value);
export const isDrugId = (value: string): value is DrugId => (drugIds as readonly string[]).includes(value);
export const isCellId = (value: string): value is CellId => (cellIds as readonly string[]).includes(value);
