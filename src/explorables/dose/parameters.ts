import { z } from 'astro/zod';
import { keySchema, strictObject } from '../../content/strict-object';
import { requiredText } from '../shared/reported-number';

/** Where a parameter's value comes from. */
export const parameterBases = ['cited', 'secondary', 'illustrative'] as const;

/** One model parameter (content/evidence/naltrexone-pk.yaml). */
export const pkParameterSchema = strictObject({
  /** Stable id the model looks up, e.g. "naltrexone-half-life". */
  id: keySchema,
  /** What the parameter is, in words, for the parameter table. */
  label: requiredText('label'),
  /** Its value, in `unit`. */
  value: z.number({ error: 'value is required: a number' }).positive({ error: 'value must be greater than 0' }),
  /** Unit, e.g. "h" or "per hour". */
  unit: requiredText('unit'),
  /** cited (a reference gives it), secondary (known only through a summary) or illustrative (no source: our choice). */
  basis: z.enum(parameterBases, { error: `basis must be one of: ${parameterBases.join(', ')}` }),
  /** Reference keys for cited and secondary values; empty for illustrative ones. */
  refs: z.array(z.string(), { error: 'refs is required: a list of reference keys, or [] for an illustrative value' }),
  /** Where the value comes from, or why an illustrative value is harmless. */
  note: requiredText('note'),
}).superRefine((parameter, context) => {
  if (parameter.basis === 'illustrative' && parameter.refs.length > 0)
    context.addIssue({
      code: 'custom',
      path: ['refs'],
      message: 'an illustrative value has no source: use refs: [] or change basis to cited',
    });
  if (parameter.basis !== 'illustrative' && parameter.refs.length === 0)
    context.addIssue({
      code: 'custom',
      path: ['refs'],
      message: `a ${parameter.basis} value needs at least one reference key; if no source gives it, set basis: illustrative`,
    });
});

export type PkParameter = z.output<typeof pkParameterSchema>;

/** The ids the model needs, and the name each gets in PkParameters. */
export const pkParameterIds = {
  naltrexoneHalfLife: 'naltrexone-half-life',
  naltrexoneTerminalHalfLife: 'naltrexone-terminal-half-life',
  naltrexolHalfLife: 'naltrexol-half-life',
  bioavailability: 'oral-bioavailability',
  absorptionRate: 'absorption-rate',
  volume: 'volume-of-distribution',
  naltrexolFraction: 'naltrexol-fraction',
  anchorDose: 'occupancy-anchor-dose',
  anchorHours: 'occupancy-anchor-hours',
  anchorOccupancy: 'occupancy-anchor-level',
} as const;

/** The model's numbers by name. */
export type PkParameters = Record<keyof typeof pkParameterIds, number>;

/** Picks the model's numbers out of the parameter list; a missing id fails with the id to add. */
export function collectPkParameters(
  entries: readonly PkParameter[],
  where = 'content/evidence/naltrexone-pk.yaml',
): PkParameters {
  const byId = new Map(entries.map((entry) => [entry.id, entry.value]));
  const missing = Object.values(pkParameterIds).filter((id) => !byId.has(id));
  if (missing.length > 0)
    throw new Error(`${where} is missing parameter(s) ${missing.map((id) => `"${id}"`).join(', ')}: add an entry for each`);
  return Object.fromEntries(Object.entries(pkParameterIds).map(([name, id]) => [name, byId.get(id)])) as PkParameters;
}
