/**
 * DiagramState ⇄ URL search parameters. The parameters are public and stable (educators paste
 * these links into slides and LMS pages):
 *
 *   ?view=overview|detailed|opioid|sensitization
 *   &ligand=lps,hmgb1,morphine | none      (comma-separated, any order)
 *   &drug=none|ldn|naltrexone50|plus-naltrexone
 *   &cell=microglia|monocyte
 *   &contested=0|1
 *   &step=N                                 (omitted: the last step, the whole picture)
 *
 * Parsing never throws: a missing parameter takes its default silently; a bad one (unknown,
 * malformed, repeated) takes its default and produces a plain-text notice naming it. Unknown
 * parameters (e.g. added by an LMS) are ignored.
 */
import { drugIds, cellIds, ligandIds, viewIds, type LigandId, type ViewId } from './ids';
import { defaultScenario, isCellId, isDrugId, isLigandId, normalizeLigands, type Scenario } from './scenario';

export interface DiagramState extends Scenario {
  view: ViewId;
  /** Step to show; 'last' (the default) shows the whole picture. */
  step: number | 'last';
}

/** A plain-text message about one parameter that could not be used as given. */
export interface StateNotice {
  /** The URL parameter, e.g. "view". */
  param: string;
  /** The value as given, sanitised and truncated for display. */
  value: string;
  /** What was used instead, as it would appear in the URL. */
  used: string;
  /** A full sentence for the page. */
  message: string;
}

export const defaultState: DiagramState = { view: 'overview', ...defaultScenario, step: 'last' };

/** Longest step number accepted; anything longer is malformed (the clamp handles big values). */
const maxStepDigits = 6;

/** Keeps letters, digits and a few safe marks, and shortens long values, so a notice can never carry markup. */
export function sanitizeValue(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9 ._,+()-]/g, '');
  const short = safe.length > 24 ? `${safe.slice(0, 24)}…` : safe;
  return short.length > 0 ? short : '(empty)';
}

const isViewId = (value: string): value is ViewId => (viewIds as readonly string[]).includes(value);

function notice(param: string, raw: string, used: string, why: string): StateNotice {
  const value = sanitizeValue(raw);
  const shown = used.startsWith('the ') ? used : `${param}=${used}`;
  return { param, value, used, message: `The link's "${param}" value "${value}" ${why}; showing ${shown} instead.` };
}

function ligandsText(ligands: readonly LigandId[]): string {
  return ligands.length === 0 ? 'none' : ligands.join(',');
}

type Parsed<T> = { value: T } | { error: string };

function parseLigands(raw: string): Parsed<LigandId[]> {
  if (raw === 'none') return { value: [] };
  const parts = raw.split(',');
  const unknown = parts.filter((part) => !isLigandId(part));
  if (unknown.length > 0)
    return { error: `lists "${sanitizeValue(unknown.join(','))}", which is not one of ${ligandIds.join(', ')} or none` };
  return { value: normalizeLigands(parts as LigandId[]) };
}

function parseStep(raw: string): Parsed<number> {
  return new RegExp(`^\\d{1,${maxStepDigits}}$`).test(raw)
    ? { value: Number(raw) }
    : { error: 'is not a whole number of 0 or more' };
}

/**
 * Reads a state from search parameters. A missing or bad parameter takes its value from `base`
 * (the defaults; an embed's path names its view), and a bad one gets a notice saying so.
 */
export function parseState(
  input: URLSearchParams | string,
  base: DiagramState = defaultState,
): { state: DiagramState; notices: StateNotice[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const notices: StateNotice[] = [];
  const read = <T>(param: string, fallback: T, show: (value: T) => string, parse: (raw: string) => Parsed<T>): T => {
    const values = params.getAll(param);
    if (values.length === 0) return fallback;
    if (values.length > 1) {
      notices.push(notice(param, values.join(','), show(fallback), `appears ${values.length} times`));
      return fallback;
    }
    const result = parse(values[0]!);
    if ('value' in result) return result.value;
    notices.push(notice(param, values[0]!, show(fallback), result.error));
    return fallback;
  };
  const oneOf =
    <T extends string>(guard: (value: string) => value is T, allowed: readonly string[]) =>
    (raw: string): Parsed<T> =>
      guard(raw) ? { value: raw } : { error: `is not one of ${allowed.join(', ')}` };
  const state: DiagramState = {
    view: read('view', base.view, String, oneOf(isViewId, viewIds)),
    ligands: read('ligand', base.ligands, ligandsText, parseLigands),
    drug: read('drug', base.drug, String, oneOf(isDrugId, drugIds)),
    cell: read('cell', base.cell, String, oneOf(isCellId, cellIds)),
    contested: read(
      'contested',
      base.contested,
      (value) => (value ? '1' : '0'),
      (raw) => (raw === '0' || raw === '1' ? { value: raw === '1' } : { error: 'is not 0 or 1' }),
    ),
    step: read<number | 'last'>('step', base.step, (value) => (value === 'last' ? 'the last step' : String(value)), parseStep),
  };
  return { state, notices };
}

/**
 * Writes the state as search parameters (without "?") in a fixed order:
 * view, ligand, drug, cell, contested, step. Every parameter is written, so a link keeps its
 * meaning even if defaults change, except `step` when it is 'last'. `omitDefaults` drops
 * parameters equal to today's defaults for shorter links.
 */
export function serializeState(state: DiagramState, options: { omitDefaults?: boolean } = {}): string {
  const entries: Array<[string, string, boolean]> = [
    ['view', state.view, state.view === defaultState.view],
    [
      'ligand',
      ligandsText(normalizeLigands(state.ligands)),
      ligandsText(normalizeLigands(state.ligands)) === ligandsText(defaultState.ligands),
    ],
    ['drug', state.drug, state.drug === defaultState.drug],
    ['cell', state.cell, state.cell === defaultState.cell],
    ['contested', state.contested ? '1' : '0', state.contested === defaultState.contested],
    ['step', String(state.step), true],
  ];
  const kept = entries.filter(([name, , isDefault]) =>
    name === 'step' ? state.step !== 'last' : !(options.omitDefaults && isDefault),
  );
  // Commas are safe in a query string and keep ligand=lps,morphine readable.
  return kept.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&');
}

/**
 * Keeps `state.step` within the view's steps (`stepCount` includes step 0). A step past the end
 * becomes the last step, with a notice; 'last' is left as it is.
 */
export function clampStep(state: DiagramState, stepCount: number): { state: DiagramState; notice: StateNotice | undefined } {
  const last = Math.max(0, stepCount - 1);
  if (state.step === 'last' || state.step <= last) return { state, notice: undefined };
  return {
    state: { ...state, step: last },
    notice: {
      param: 'step',
      value: String(state.step),
      used: String(last),
      message: `The link's "step" value "${state.step}" is past the end of this scenario, which has steps 0 to ${last}; showing step=${last} instead.`,
    },
  };
}
