import { formatNumber, formatPValue, withTrueMinus } from '../shared/format';
import { computeAbsoluteRiskReduction, computeArrFromNnt, computeNnt, countIcons, roundNntUp } from './math';
import type { NntSource } from './schema';

/** The text that follows the selected source: what it found and the NNT arithmetic, step by step. */
export interface NntDescription {
  /** One sentence: what the source reports. */
  finding: string;
  /** The arithmetic, or why there is none. */
  arithmetic: string;
  /** The NNT in a few words, for the headline figure. */
  verdict: string;
}

/** Describes a source for the live region and the caption: the finding, the arithmetic and the verdict. */
export function describeNntSource(source: NntSource): NntDescription {
  const { result, treatment, comparison, outcome, population } = source;
  if (result.kind === 'rates') {
    const treated = result.treatedPercent.value / 100;
    const control = result.controlPercent.value / 100;
    const arr = computeAbsoluteRiskReduction(treated, control);
    const nnt = computeNnt(arr) ?? Number.NaN;
    const p = result.p ? ` (${formatPValue(result.p)})` : '';
    return {
      finding: `${population}: ${result.treatedPercent.text}% on ${treatment} and ${result.controlPercent.text}% on ${comparison} ${outcome}${p}.`,
      arithmetic:
        `ARR = ${formatNumber(treated)} − ${formatNumber(control)} = ${formatNumber(arr)} (${countIcons(arr)} more people in 100). ` +
        `NNT = 1 ÷ ARR = 1 ÷ ${formatNumber(arr)} ≈ ${formatNumber(nnt, 1)}, rounded up to ${roundNntUp(nnt)}.`,
      verdict: `NNT ≈ ${roundNntUp(nnt)}: treat about ${roundNntUp(nnt)} people for one more to improve.`,
    };
  }
  if (result.kind === 'reported-nnt') {
    const arr = computeArrFromNnt(result.nnt.value);
    return {
      finding: `${population}: a statistical model gave an NNT of ${result.nnt.text} for people who ${outcome}. The two rates behind it are not reported, so the ${comparison} rate is left blank rather than invented.`,
      arithmetic: `ARR = 1 ÷ NNT = 1 ÷ ${result.nnt.text} ≈ ${formatNumber(arr)}: about ${countIcons(arr)} additional people in 100 who ${outcome}.`,
      verdict: `Modelled NNT ${result.nnt.text} (observational, not from a randomised comparison).`,
    };
  }
  return {
    finding:
      `${population}: the difference between ${treatment} and ${comparison} was ${withTrueMinus(result.difference.text)} ${result.unit} ` +
      `(95% CI ${withTrueMinus(result.ciLow.text)} to ${withTrueMinus(result.ciHigh.text)}; ${formatPValue(result.p)}).`,
    arithmetic:
      'No NNT can be derived: an NNT needs the proportion who improved in each group, and our sources report only a difference in mean pain. ' +
      'The confidence interval also includes 0, so the trial did not show a difference.',
    verdict: 'No NNT: not statistically significant, and no responder rates reported.',
  };
}
