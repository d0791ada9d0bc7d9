import { decimalFr, integerFr } from './french-numbers';
import { IndicatorKind } from './indicator-definitions';

/**
 * Small-number protection (design §5: indicators never expose a group smaller than a threshold).
 * Anyone but the service Insertion reads:
 * - a count between 1 and 4 as « < 5 » (0 stays 0: it exposes nobody);
 * - no share or index computed on fewer than 5 (« non diffusé »);
 * - no share whose numerator is masked either, since the share and the denominator would give it back.
 */
export const SMALL_NUMBER_THRESHOLD = 5;
export const SMALL_NUMBER_LABEL = '< 5';
export const WITHHELD_LABEL = 'non diffusé';
export const NOT_APPLICABLE_LABEL = 'sans objet';

/** What a definition computes, before any protection. */
export interface RawIndicatorValue {
  /** COUNT: the count. SHARE: the people meeting the condition. INDEX: the distinct categories. */
  numerator: number;
  /** SHARE: the population. INDEX: the items categorised. COUNT: null. */
  denominator: number | null;
  /** COUNT: the count; SHARE: a fraction in [0, 1]; INDEX: the index in [0, 1]; null when the denominator is 0. */
  value: number | null;
}

/** A value as a given viewer may read it. Nulls stand for what is withheld. */
export interface ShownValue {
  /** COUNT: the count; SHARE: a percentage rounded to 0.1; INDEX: rounded to 0.01. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** « 12 », « < 5 », « 62,5 % », « 0,71 », « non diffusé », « sans objet ». */
  display: string;
  /** The same without unit, decimal comma: what a CSV cell holds. */
  plain: string;
  numeratorDisplay: string | null;
  denominatorDisplay: string | null;
  /** True when the small-number rule hid something. */
  masked: boolean;
}

export function isSmallCount(count: number): boolean {
  return count > 0 && count < SMALL_NUMBER_THRESHOLD;
}

/** A count as a viewer may read it: exact, or « < 5 » between 1 and 4. */
export function protectCount(count: number, exact: boolean): { value: number | null; display: string } {
  if (!exact && isSmallCount(count)) return { value: null, display: SMALL_NUMBER_LABEL };
  return { value: count, display: integerFr(count) };
}

const percent = (fraction: number) => Math.round(fraction * 1000) / 10;
const index = (value: number) => Math.round(value * 100) / 100;

export function protectValue(kind: IndicatorKind, raw: RawIndicatorValue, exact: boolean): ShownValue {
  if (kind === IndicatorKind.COUNT) {
    const count = protectCount(raw.numerator, exact);
    return {
      value: count.value,
      numerator: count.value,
      denominator: null,
      display: count.display,
      plain: count.value === null ? count.display : String(count.value),
      numeratorDisplay: count.display,
      denominatorDisplay: null,
      masked: count.value === null,
    };
  }

  const denominator = raw.denominator ?? 0;
  // Shares mask their numerator like any count of people; an index's numerator counts categories, not people.
  const numerator =
    kind === IndicatorKind.SHARE ? protectCount(raw.numerator, exact) : protectCount(raw.numerator, true);
  const base = protectCount(denominator, exact);
  if (raw.value === null || denominator === 0) {
    return {
      value: null,
      numerator: numerator.value,
      denominator: base.value,
      display: NOT_APPLICABLE_LABEL,
      plain: NOT_APPLICABLE_LABEL,
      numeratorDisplay: numerator.display,
      denominatorDisplay: base.display,
      masked: false,
    };
  }
  const withheld = !exact && (denominator < SMALL_NUMBER_THRESHOLD || numerator.value === null);
  if (withheld) {
    return {
      value: null,
      numerator: kind === IndicatorKind.INDEX && denominator < SMALL_NUMBER_THRESHOLD ? null : numerator.value,
      denominator: base.value,
      display: WITHHELD_LABEL,
      plain: WITHHELD_LABEL,
      numeratorDisplay:
        kind === IndicatorKind.INDEX && denominator < SMALL_NUMBER_THRESHOLD ? WITHHELD_LABEL : numerator.display,
      denominatorDisplay: base.display,
      masked: true,
    };
  }
  if (kind === IndicatorKind.SHARE) {
    const value = percent(raw.value);
    return {
      value,
      numerator: numerator.value,
      denominator: base.value,
      display: `${decimalFr(value, 1)} %`,
      plain: decimalFr(value, 1),
      numeratorDisplay: numerator.display,
      denominatorDisplay: base.display,
      masked: false,
    };
  }
  const value = index(raw.value);
  return {
    value,
    numerator: numerator.value,
    denominator: base.value,
    display: decimalFr(value, 2),
    plain: decimalFr(value, 2),
    numeratorDisplay: numerator.display,
    denominatorDisplay: base.display,
    masked: false,
  };
}
