import { describeRejectedParam, type ParamUpdates, type ParsedState } from '../shared/url-state';
import { halfLifeChoices, type HalfLifeChoice } from './substances';

/** The dose explorable's state. */
export interface DoseState {
  /** Dose in mg: 1 to 50 in steps of 0.5. */
  doseMg: number;
  /** Length of the timeline. */
  hours: 24 | 72;
  /** Whether the 4.5 mg and 50 mg curves are drawn as well. */
  compare: boolean;
  /** Which naltrexone half-life the model uses. */
  halfLife: HalfLifeChoice;
}

export const DOSE_MIN_MG = 1;
export const DOSE_MAX_MG = 50;
export const DOSE_STEP_MG = 0.5;
export const timelineLengths = [24, 72] as const;

export const defaultDoseState: DoseState = { doseMg: 4.5, hours: 24, compare: false, halfLife: 'meyer1984' };

export const doseParams = { doseMg: 'dose', hours: 'hours', compare: 'compare', halfLife: 'halflife' } as const;

/** A dose the slider can show: a number from 1 to 50 on the 0.5 mg grid. */
export function isAllowedDose(dose: number): boolean {
  return Number.isFinite(dose) && dose >= DOSE_MIN_MG && dose <= DOSE_MAX_MG && Number.isInteger(dose / DOSE_STEP_MG);
}

/** Reads ?dose=4.5&hours=24|72&compare=1&halflife=meyer1984|wall1981; each bad value falls back alone, with a notice. */
export function parseDoseState(search: string, defaults: DoseState = defaultDoseState): ParsedState<DoseState> {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  const notices: string[] = [];
  const reject = (name: string, value: string, allowed: string, fallback: string) =>
    notices.push(describeRejectedParam(name, value, allowed, fallback));

  const dose = params.get(doseParams.doseMg);
  if (dose !== null) {
    const value = dose.trim() === '' ? Number.NaN : Number(dose);
    if (isAllowedDose(value)) state.doseMg = value;
    else
      reject(doseParams.doseMg, dose, `${DOSE_MIN_MG} to ${DOSE_MAX_MG} mg in steps of ${DOSE_STEP_MG}`, `${defaults.doseMg} mg`);
  }
  const hours = params.get(doseParams.hours);
  if (hours !== null) {
    if (hours === '24' || hours === '72') state.hours = Number(hours) as 24 | 72;
    else reject(doseParams.hours, hours, '24 or 72', `${defaults.hours} h`);
  }
  const compare = params.get(doseParams.compare);
  if (compare !== null) {
    if (compare === '1' || compare === '0') state.compare = compare === '1';
    else reject(doseParams.compare, compare, '1 or 0', defaults.compare ? 'on' : 'off');
  }
  const halfLife = params.get(doseParams.halfLife);
  if (halfLife !== null) {
    if ((halfLifeChoices as readonly string[]).includes(halfLife)) state.halfLife = halfLife as HalfLifeChoice;
    else reject(doseParams.halfLife, halfLife, halfLifeChoices.join(' or '), defaults.halfLife);
  }
  return { state, notices };
}

/** The query parameters that record `state`; compare and the half-life are left out while they equal `defaults`. */
export function serializeDoseState(state: DoseState, defaults: DoseState = defaultDoseState): ParamUpdates {
  return {
    [doseParams.doseMg]: String(state.doseMg),
    [doseParams.hours]: String(state.hours),
    [doseParams.compare]: state.compare === defaults.compare ? null : state.compare ? '1' : '0',
    [doseParams.halfLife]: state.halfLife === defaults.halfLife ? null : state.halfLife,
  };
}
