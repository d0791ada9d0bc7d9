import { EXCHANGES_BY_MONTH, FIRST_ATTESTATIONS, engagementTookPlace, inTerritory } from './indicator-sql';

/** Engagements begun in the period (as ENGAGEMENTS_STARTED), with their mission (mi), its domain (d) and host (a). */
const ENGAGEMENTS_WITH_MISSION = `
    FROM engagement g
    JOIN beneficiary b ON b.id = g.beneficiary_id
    JOIN mission mi ON mi.id = g.mission_id
    JOIN mission_domain d ON d.code = mi.domain_code
    JOIN association a ON a.id = g.association_id
    WHERE ${engagementTookPlace('g')}
      AND g.start_date >= :from::date AND g.start_date < :to::date AND ${inTerritory('b')}`;

/**
 * The qualitative material of Action 5, with the parameters of `indicator-sql.ts`:
 * breakdowns return `(key, label, count)`, the exchanges one row per territory and month, the map
 * one row per mission.
 */
export const BREAKDOWN_SQL = {
  /** A5-Q1: missions entrusted (engagements begun) by mission domain. */
  missionsByDomain: `
    SELECT d.code AS key, d.label AS label, count(*)::int AS count
    ${ENGAGEMENTS_WITH_MISSION}
    GROUP BY d.code, d.label`,

  /** A5-Q1: missions entrusted by host association. */
  missionsByHost: `
    SELECT a.id::text AS key, a.name AS label, count(*)::int AS count
    ${ENGAGEMENTS_WITH_MISSION}
    GROUP BY a.id, a.name`,

  /** A5-Q3: competencies attested, by competency of the referential. */
  competenciesAttested: `
    SELECT k.code AS key, k.label AS label, count(*)::int AS count
    FROM (${FIRST_ATTESTATIONS}) f
    JOIN beneficiary b ON b.id = f.beneficiary_id
    JOIN competency k ON k.code = f.competency_code
    WHERE f.first_attested_at >= :fromAt::timestamptz AND f.first_attested_at < :toAt::timestamptz
      AND ${inTerritory('b')}
    GROUP BY k.code, k.label`,

  /** A5-Q2: exchanges by territory and month. */
  exchanges: `
    SELECT e.territory_id, t.name AS territory_name, to_char(e.month, 'YYYY-MM-DD') AS month,
           e.proposals, e.interviews, e.messages
    FROM (${EXCHANGES_BY_MONTH}) e
    JOIN territory t ON t.id = e.territory_id`,

  /**
   * The map: missions open at some moment of the period (published before its end, not closed
   * before its start), in the territory of their commune.
   */
  missionsMap: `
    SELECT mi.id, mi.title, mi.domain_code, d.label AS domain_label, a.name AS host_name, c.name AS commune_name,
           mi.latitude, mi.longitude
    FROM mission mi
    JOIN mission_domain d ON d.code = mi.domain_code
    JOIN association a ON a.id = mi.association_id
    JOIN commune c ON c.insee_code = mi.commune_code
    WHERE mi.published_at IS NOT NULL AND mi.published_at < :toAt::timestamptz
      AND (mi.closed_at IS NULL OR mi.closed_at >= :fromAt::timestamptz)
      AND ${inTerritory('mi')}
    ORDER BY d.label, mi.title, mi.id`,
} as const;
