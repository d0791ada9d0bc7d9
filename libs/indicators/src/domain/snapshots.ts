import { addMonths } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import { IndicatorCode } from './indicator-definitions';
import type { BreakdownCount, RawIndicatorReport } from './indicator-report';
import { monthOf } from './period';

/** One row of the history table, before it is written. */
export interface SnapshotRow {
  code: IndicatorCode;
  value: number | null;
  numerator: number;
  denominator: number | null;
  breakdown: Record<string, number> | null;
}

const countsOf = (items: readonly BreakdownCount[]) =>
  items.length ? Object.fromEntries(items.map((item) => [item.key, item.count])) : null;

/**
 * The rows the nightly job stores for one month and one scope: every indicator the report holds,
 * exact, with the counts behind the breakdown indicators (by domain code, host id, competency
 * code; exchanges by kind), so that a past month can be re-read in full as it was reported.
 */
export function snapshotRows(report: RawIndicatorReport): SnapshotRow[] {
  const breakdowns: Partial<Record<IndicatorCode, Record<string, number> | null>> = {
    [IndicatorCode.A5_Q1]: countsOf(report.missionsByDomain),
    [IndicatorCode.A5_Q1_DOMAINS]: countsOf(report.missionsByDomain),
    [IndicatorCode.A5_Q1_HOSTS]: countsOf(report.missionsByHost),
    [IndicatorCode.A5_Q3]: countsOf(report.competenciesAttested),
    [IndicatorCode.A5_Q2]: report.exchanges.length
      ? {
          proposals: report.exchanges.reduce((sum, row) => sum + row.proposals, 0),
          interviews: report.exchanges.reduce((sum, row) => sum + row.interviews, 0),
          messages: report.exchanges.reduce((sum, row) => sum + row.messages, 0),
        }
      : null,
  };
  return [...report.values.entries()].map(([code, raw]) => ({
    code,
    value: raw.value,
    numerator: raw.numerator,
    denominator: raw.denominator,
    breakdown: breakdowns[code] ?? null,
  }));
}

/**
 * The months the nightly job (re)computes: the previous month, which late entries can still
 * change during the current one, and the current month so far. Older months stay as reported.
 */
export function monthsToRecord(today: LocalDate): LocalDate[] {
  const current = monthOf(today);
  return [addMonths(current, -1), current];
}
