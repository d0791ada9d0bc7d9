/**
 * Numbers written the French way for people and for French spreadsheet software: decimal comma,
 * no thousands separator in files (a spreadsheet would read « 1 234 » as text), a narrow
 * no-break space between thousands on pages.
 */
export function decimalFr(value: number, decimals: number): string {
  return roundTo(value, decimals)
    .toFixed(decimals)
    .replace('.', ',')
    .replace(/^-(0,?0*)$/, '$1');
}

/** Rounds half away from zero (the way reports round), without binary surprises (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
}

const GROUPED = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** « 1 234 » with a narrow no-break space, for pages. */
export function integerFr(value: number): string {
  return GROUPED.format(value);
}

/**
 * The unit of a count as French writes it after the number: singular for 0 and 1
 * (« 1 personne », « 0 entretien »), plural from 2 (« 2 personnes »). The units of the
 * indicators are regular plurals in -s (« compétences attestées » → « compétence attestée »).
 */
export function countUnitFr(pluralUnit: string, count: number): string {
  if (Math.abs(count) >= 2) return pluralUnit;
  return pluralUnit
    .split(' ')
    .map((word) => (word.length > 1 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ');
}
