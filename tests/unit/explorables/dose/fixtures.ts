import type { PkParameters } from '../../../../src/explorables/dose/parameters';

/** Parameters as in content/evidence/naltrexone-pk.yaml, fixed here so the math tests do not depend on the data file. */
export const parameters: PkParameters = {
  naltrexoneHalfLife: 4,
  naltrexoneTerminalHalfLife: 8.9,
  naltrexolHalfLife: 12,
  bioavailability: 0.05,
  absorptionRate: 1.5,
  volume: 1,
  naltrexolFraction: 1,
  anchorDose: 50,
  anchorHours: 49,
  anchorOccupancy: 0.9,
};
