// The periods an indicator report is read for: whole months, `to` excluded (as the API counts).

export interface Period {
  id: string;
  label: string;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** First day after the period, `YYYY-MM-DD`. */
  to: string;
}

function firstOfMonth(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/**
 * The choices offered from a given day in Paris (`YYYY-MM-DD`): the last 12 months (the default,
 * as the dashboard), the current and the previous year, and the current and previous quarters.
 */
export function periodChoices(today: string): Period[] {
  const [year, month] = today.split('-').map(Number);
  const quarter = Math.floor((month - 1) / 3);
  const quarterStart = quarter * 3 + 1;
  const previousQuarterYear = quarter === 0 ? year - 1 : year;
  const previousQuarterStart = quarter === 0 ? 10 : quarterStart - 3;
  const ordinal = (q: number) => (q === 1 ? '1er' : `${q}e`);
  return [
    {
      id: 'last-12-months',
      label: '12 derniers mois',
      from: firstOfMonth(year, month - 11),
      to: firstOfMonth(year, month + 1),
    },
    { id: `year-${year}`, label: `Année ${year}`, from: firstOfMonth(year, 1), to: firstOfMonth(year + 1, 1) },
    {
      id: `year-${year - 1}`,
      label: `Année ${year - 1}`,
      from: firstOfMonth(year - 1, 1),
      to: firstOfMonth(year, 1),
    },
    {
      id: `quarter-${year}-${quarter + 1}`,
      label: `${ordinal(quarter + 1)} trimestre ${year}`,
      from: firstOfMonth(year, quarterStart),
      to: firstOfMonth(year, quarterStart + 3),
    },
    {
      id: `quarter-${previousQuarterYear}-${(previousQuarterStart - 1) / 3 + 1}`,
      label: `${ordinal((previousQuarterStart - 1) / 3 + 1)} trimestre ${previousQuarterYear}`,
      from: firstOfMonth(previousQuarterYear, previousQuarterStart),
      to: firstOfMonth(previousQuarterYear, previousQuarterStart + 3),
    },
  ];
}
