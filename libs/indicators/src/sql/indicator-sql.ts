import { IndicatorCode } from '../domain/indicator-definitions';

/**
 * The SQL twin of each definition of `domain/indicator-definitions.ts`: one statement per
 * indicator returning one row `(numerator, denominator)`. Named parameters (see `bindParameters`):
 *   :from    first day of the period (date)       :fromAt  the instant that day starts in the Ain
 *   :to      first day after the period (date)    :toAt    the instant that day starts in the Ain
 *   :territory  territory id, or null for the whole département
 *   :today   today in the Ain (date): delays still running are not judged yet
 * Events stored as instants are compared to :fromAt/:toAt (index-friendly), calendar dates to
 * :from/:to. Delays are counted in local calendar days: `date + interval '1 month'` gives
 * 28 February for 31 January, as the orientation domain's `addMonths` does.
 */
export const LOCAL = `'Europe/Paris'`;

/** The territory condition on an alias holding a `territory_id`. */
export const inTerritory = (alias: string) => `(:territory::uuid IS NULL OR ${alias}.territory_id = :territory::uuid)`;

export interface IndicatorParameters {
  from: string;
  to: string;
  territory: string | null;
  fromAt: Date;
  toAt: Date;
  today: string;
}

/**
 * Turns `:name` parameters into PostgreSQL's `$n` (a `::type` cast is left alone), passing only
 * the parameters a statement uses so that PostgreSQL can infer each one's type.
 */
export function bindParameters(sql: string, values: IndicatorParameters): { text: string; parameters: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<![:\w]):([a-zA-Z]+)\b/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`Unknown SQL parameter :${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, parameters: order.map((name) => values[name as keyof IndicatorParameters]) };
}

export const INDICATOR_SQL: Partial<Record<IndicatorCode, string>> = {
  [IndicatorCode.A1_1]: `
    WITH cohort AS (
      SELECT (b.rsa_entry_date + interval '1 month')::date AS due_on,
             (first.decided_at AT TIME ZONE ${LOCAL})::date AS oriented_on
      FROM beneficiary b
      LEFT JOIN orientation first ON first.beneficiary_id = b.id AND NOT first.is_reorientation
      WHERE b.rsa_entry_date >= :from::date AND b.rsa_entry_date < :to::date AND ${inTerritory('b')}
    )
    SELECT count(*) FILTER (WHERE oriented_on <= due_on)::int AS numerator,
           count(*) FILTER (WHERE oriented_on IS NOT NULL OR due_on < :today::date)::int AS denominator
    FROM cohort`,

  [IndicatorCode.A1_2]: `
    SELECT count(*)::int AS numerator, NULL::int AS denominator
    FROM orientation r
    JOIN orientation first ON first.beneficiary_id = r.beneficiary_id AND NOT first.is_reorientation
    JOIN beneficiary b ON b.id = r.beneficiary_id
    WHERE r.is_reorientation
      AND r.decided_at >= :fromAt::timestamptz AND r.decided_at < :toAt::timestamptz
      AND (r.decided_at AT TIME ZONE ${LOCAL})::date
          <= ((first.decided_at AT TIME ZONE ${LOCAL})::date + interval '6 months')::date
      AND ${inTerritory('b')}`,

  [IndicatorCode.A1_4]: `
    WITH present AS (
      SELECT b.id
      FROM beneficiary b
      WHERE b.rsa_entry_date < :to::date
        AND NOT (b.status = 'LEFT' AND b.status_changed_at IS NOT NULL AND b.status_changed_at < :fromAt::timestamptz)
        AND ${inTerritory('b')}
    )
    SELECT count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM logbook_entry e
             WHERE e.beneficiary_id = p.id AND e.type = 'INSERTION_ACTION'
               AND e.occurred_at >= :fromAt::timestamptz AND e.occurred_at < :toAt::timestamptz))::int AS numerator,
           count(*)::int AS denominator
    FROM present p`,

  [IndicatorCode.A2_1]: `
    SELECT count(*)::int AS numerator, NULL::int AS denominator
    FROM logbook_entry e
    JOIN beneficiary b ON b.id = e.beneficiary_id
    WHERE e.type = 'BARRIER_ACTION' AND e.occurred_at >= :fromAt::timestamptz AND e.occurred_at < :toAt::timestamptz
      AND ${inTerritory('b')}`,

  [IndicatorCode.A2_2]: `
    SELECT count(DISTINCT e.beneficiary_id)::int AS numerator, NULL::int AS denominator
    FROM logbook_entry e
    JOIN beneficiary b ON b.id = e.beneficiary_id
    WHERE e.type = 'BARRIER_ACTION' AND e.occurred_at >= :fromAt::timestamptz AND e.occurred_at < :toAt::timestamptz
      AND ${inTerritory('b')}`,

  [IndicatorCode.A2_3]: `
    WITH cohort AS (
      SELECT (b.rsa_entry_date + interval '2 months')::date AS due_on,
             (b.first_action_at AT TIME ZONE ${LOCAL})::date AS accompanied_on
      FROM beneficiary b
      WHERE b.rsa_entry_date >= :from::date AND b.rsa_entry_date < :to::date AND ${inTerritory('b')}
    )
    SELECT count(*) FILTER (WHERE accompanied_on <= due_on)::int AS numerator,
           count(*) FILTER (WHERE accompanied_on IS NOT NULL OR due_on < :today::date)::int AS denominator
    FROM cohort`,
};
