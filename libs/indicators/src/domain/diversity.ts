import type { RawIndicatorValue } from './small-numbers';

/**
 * Gini-Simpson diversity of items spread over categories: 1 − Σ pᵢ², the probability that two
 * items drawn at random (with replacement) fall in different categories. 0 when all items share
 * one category; 1 − 1/k when they are spread evenly over k categories. Null without items.
 * Returned as an indicator value: numerator = distinct categories, denominator = items.
 */
export function giniSimpson(countsByCategory: Iterable<number>): RawIndicatorValue {
  const counts = [...countsByCategory].filter((count) => count > 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { numerator: 0, denominator: 0, value: null };
  const concentration = counts.reduce((sum, count) => sum + (count / total) ** 2, 0);
  return { numerator: counts.length, denominator: total, value: Math.max(0, 1 - concentration) };
}
