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
 * Turns `:name` parameters into PostgreSQL's `$n` (a `::type` cast and string literals are left alone), passing only
 * the parameters a statement uses so that PostgreSQL can infer each one's type.
 */
export function bindParameters(sql: string, values: IndicatorParameters): { text: string; parameters: unknown[] } {
  const order: string[] = [];
  // Outside string literals only ('…' parts are kept as they are).
  const text = sql
    .split(/('(?:[^']|'')*')/)
    .map((part) =>
      part.startsWith("'")
        ? part
        : part.replace(/(?<![:\w]):([a-zA-Z]+)\b/g, (_match, name: string) => {
            if (!(name in values)) throw new Error(`Unknown SQL parameter :${name}`);
            let index = order.indexOf(name);
            if (index < 0) index = order.push(name) - 1;
            return `$${index + 1}`;
          }),
    )
    .join('');
  return { text, parameters: order.map((name) => values[name as keyof IndicatorParameters]) };
}

/** An engagement that took place: begun (not merely planned) and not withdrawn (a withdrawn one never happened). */
export const engagementTookPlace = (alias: string) =>
  `${alias}.status <> 'WITHDRAWN' AND ${alias}.start_date <= :today::date`;

/** Engagements begun in the period by people of the scope: aliases g (engagement) and b (beneficiary). */
export const ENGAGEMENTS_STARTED = `
    FROM engagement g
    JOIN beneficiary b ON b.id = g.beneficiary_id
    WHERE ${engagementTookPlace('g')}
      AND g.start_date >= :from::date AND g.start_date < :to::date AND ${inTerritory('b')}`;

/**
 * Each competency attested for a mission of a person, once, at its first attestation: a later
 * attestation supersedes the level (attestations are never changed) and must not count it again.
 */
export const FIRST_ATTESTATIONS = `
    SELECT pa.beneficiary_id, pa.engagement_id, c.competency_code, min(pa.attested_at) AS first_attested_at
    FROM competency_attestation c
    JOIN passport_attestation pa ON pa.id = c.attestation_id
    GROUP BY pa.beneficiary_id, pa.engagement_id, c.competency_code`;

/** A uuid at the start of an idempotency key `proposal:<id>:…` or `interview:<id>:…`. */
const REFERENCED_ID = `substring(m.idempotency_key FROM '^(?:proposal|interview):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):')`;

/**
 * Exchanges between host associations and the CDS, by territory of the person and month:
 * proposals made, tripartite interviews held, and the emails the platform sent to the host about
 * a proposal or an interview (to the association's address, its welcome contact, the mission's
 * welcome contact or one of its members; the email table tells what it was about through its
 * idempotency key `proposal:<id>:…` / `interview:<id>:…`). Columns: territory_id, month, proposals,
 * interviews, messages.
 */
export const EXCHANGES_BY_MONTH = `
    WITH events AS (
      SELECT b.territory_id, p.created_at AS at, 1 AS proposals, 0 AS interviews, 0 AS messages
      FROM proposal p
      JOIN beneficiary b ON b.id = p.beneficiary_id
      WHERE p.created_at >= :fromAt::timestamptz AND p.created_at < :toAt::timestamptz AND ${inTerritory('b')}
      UNION ALL
      SELECT b.territory_id, i.starts_at, 0, 1, 0
      FROM interview i
      JOIN beneficiary b ON b.id = i.beneficiary_id
      WHERE i.status = 'HELD' AND i.starts_at >= :fromAt::timestamptz AND i.starts_at < :toAt::timestamptz
        AND ${inTerritory('b')}
      UNION ALL
      SELECT b.territory_id, messages.created_at, 0, 0, 1
      FROM (
        SELECT m.created_at, lower(m.to_address) AS to_address, split_part(m.idempotency_key, ':', 1) AS about,
               (${REFERENCED_ID})::uuid AS reference_id
        FROM email_message m
        WHERE m.status <> 'FAILED' AND m.created_at >= :fromAt::timestamptz AND m.created_at < :toAt::timestamptz
          AND ${REFERENCED_ID} IS NOT NULL
      ) messages
      LEFT JOIN proposal p ON messages.about = 'proposal' AND p.id = messages.reference_id
      LEFT JOIN interview i ON messages.about = 'interview' AND i.id = messages.reference_id
      JOIN mission mi ON mi.id = coalesce(p.mission_id, i.mission_id)
      JOIN association a ON a.id = mi.association_id
      JOIN beneficiary b ON b.id = coalesce(p.beneficiary_id, i.beneficiary_id)
      WHERE ${inTerritory('b')}
        AND (messages.to_address IN (lower(a.email), lower(a.welcome_contact_email), lower(mi.welcome_contact_email))
          OR EXISTS (SELECT 1 FROM app_user u WHERE u.association_id = a.id AND u.email = messages.to_address))
    )
    SELECT territory_id, date_trunc('month', at AT TIME ZONE ${LOCAL})::date AS month,
           sum(proposals)::int AS proposals, sum(interviews)::int AS interviews, sum(messages)::int AS messages
    FROM events
    GROUP BY territory_id, month`;

export const INDICATOR_SQL: Partial<Record<IndicatorCode, string>> = {
  [IndicatorCode.A5_1]: `
    SELECT count(DISTINCT g.beneficiary_id)::int AS numerator, NULL::int AS denominator
    ${ENGAGEMENTS_STARTED}`,

  [IndicatorCode.A5_2]: `
    SELECT count(DISTINCT o.beneficiary_id)::int AS numerator, NULL::int AS denominator
    FROM outcome o
    JOIN beneficiary b ON b.id = o.beneficiary_id
    WHERE o.kind = 'JOB' AND o.start_date >= :from::date AND o.start_date < :to::date AND ${inTerritory('b')}
      AND EXISTS (
        SELECT 1 FROM engagement g
        WHERE g.beneficiary_id = o.beneficiary_id AND g.status <> 'WITHDRAWN'
          AND g.start_date <= o.start_date AND o.start_date <= (g.start_date + interval '12 months')::date)`,

  [IndicatorCode.A5_3]: `
    SELECT count(*)::int AS numerator, NULL::int AS denominator
    FROM passport p
    JOIN beneficiary b ON b.id = p.beneficiary_id
    WHERE p.issued_at >= :fromAt::timestamptz AND p.issued_at < :toAt::timestamptz AND ${inTerritory('b')}`,

  [IndicatorCode.A5_4]: `
    SELECT count(*)::int AS numerator, NULL::int AS denominator
    FROM interview i
    JOIN beneficiary b ON b.id = i.beneficiary_id
    WHERE i.status = 'HELD' AND i.starts_at >= :fromAt::timestamptz AND i.starts_at < :toAt::timestamptz
      AND ${inTerritory('b')}`,

  [IndicatorCode.A5_Q1]: `
    SELECT count(*)::int AS numerator, NULL::int AS denominator
    ${ENGAGEMENTS_STARTED}`,

  [IndicatorCode.A5_Q2]: `
    SELECT (coalesce(sum(proposals), 0) + coalesce(sum(interviews), 0) + coalesce(sum(messages), 0))::int AS numerator,
           NULL::int AS denominator
    FROM (${EXCHANGES_BY_MONTH}) exchanges`,

  [IndicatorCode.A5_Q3]: `
    SELECT count(*)::int AS numerator, NULL::int AS denominator
    FROM (${FIRST_ATTESTATIONS}) f
    JOIN beneficiary b ON b.id = f.beneficiary_id
    WHERE f.first_attested_at >= :fromAt::timestamptz AND f.first_attested_at < :toAt::timestamptz
      AND ${inTerritory('b')}`,

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
               AND e.occurred_at >= :fromAt::timestamptz AND e.occurred_at < :toAt::timestamptz)
           OR EXISTS (
             SELECT 1 FROM engagement g
             WHERE g.beneficiary_id = p.id AND ${engagementTookPlace('g')}
               AND g.start_date < :to::date AND (g.end_date IS NULL OR g.end_date >= :from::date)))::int AS numerator,
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
