import { MissionStatus } from '@tremplin/missions';
import {
  CandidateProfile,
  MatchContext,
  TRAVEL_POLICIES,
  boundingBox,
  projectNeeds,
  reachesOf,
} from '@tremplin/matching';
import { MobilityMode } from '@tremplin/beneficiaries';
import { ageOn } from '@tremplin/beneficiaries';

/**
 * Approach (c) of the benchmark: the whole ranking as one SQL query, served by a GiST index on
 * the place of published missions — hard filters in WHERE, the six criteria in the SELECT, top 20
 * by ORDER BY … LIMIT. The same rules as the engine, written the way a SQL-minded developer would.
 */
export const SQL_RANKING_INDEX = `CREATE INDEX IF NOT EXISTS bench_mission_place ON mission
  USING gist (point(longitude, latitude)) WHERE status = 'PUBLISHED'`;

const HALF = (mode: MobilityMode) => TRAVEL_POLICIES[mode].halfDistanceKm;

export const SQL_RANKING = `
WITH needs AS (SELECT * FROM unnest($1::text[], $2::int[]) AS n(code, weight)),
candidates AS (
  SELECT m.id, m.domain_code, m.competency_codes, m.weekly_slots, m.places, m.places_taken, m.public_transport, m.remote,
         CASE WHEN m.remote THEN NULL ELSE
           2 * 6371.0088 * asin(least(1, sqrt(
             sin(radians(m.latitude - $3) / 2) ^ 2
             + cos(radians($3)) * cos(radians(m.latitude)) * sin(radians(m.longitude - $4) / 2) ^ 2)))
         END AS d
    FROM mission m
   WHERE m.status = '${MissionStatus.PUBLISHED}' AND m.places_taken < m.places
     AND (m.end_date IS NULL OR m.end_date >= $5::date)
     AND (m.weekly_slots = 0 OR (m.weekly_slots & $6::int) <> 0)
     AND (NOT m.driving_licence_required OR $7::boolean)
     AND (m.minimum_age IS NULL OR m.minimum_age <= $8::int)
     AND (m.french_level IS NULL OR m.french_level <= $9::text)
     AND NOT (m.id = ANY($10::uuid[]))
     AND (m.remote OR point(m.longitude, m.latitude) <@ box(point($11, $12), point($13, $14)))
),
reachable AS (
  SELECT c.*,
         CASE WHEN c.remote THEN 1 ELSE greatest(
           CASE WHEN $15 > 0 AND c.d <= $15 THEN power(2, -c.d / ${HALF(MobilityMode.WALKING)}) ELSE 0 END,
           CASE WHEN $16 > 0 AND c.d <= $16 THEN power(2, -c.d / ${HALF(MobilityMode.BICYCLE)}) ELSE 0 END,
           CASE WHEN c.public_transport AND $17 > 0 AND c.d <= $17 THEN power(2, -c.d / ${HALF(MobilityMode.PUBLIC_TRANSPORT)}) ELSE 0 END,
           CASE WHEN $18 > 0 AND c.d <= $18 THEN power(2, -c.d / ${HALF(MobilityMode.CAR)}) ELSE 0 END) END AS proximity
    FROM candidates c
)
SELECT r.id,
       100 * (
         $19 * CASE WHEN $20 = 0 THEN 0 ELSE sqrt(
           (SELECT coalesce(sum(n.weight), 0) FROM needs n WHERE n.code = ANY(r.competency_codes))::float8 / $20) END
       + $21 * CASE WHEN cardinality($22::text[]) = 0 THEN 0.5 WHEN r.domain_code = ANY($22::text[]) THEN 1 ELSE 0 END
       + $23 * r.proximity
       + $24 * CASE WHEN r.weekly_slots = 0 THEN 1
                    ELSE bit_count((r.weekly_slots & $6::int)::bit(21))::float8 / bit_count(r.weekly_slots::bit(21)) END
       + $25 * 1.0 / (1 + p.pending::float8 / greatest(1, r.places - r.places_taken))
       + $26 * CASE WHEN r.domain_code = ANY($27::text[]) THEN 0 ELSE 1 END
       ) / $28 AS score
  FROM reachable r
  CROSS JOIN LATERAL (
    SELECT count(*) AS pending FROM proposal pr WHERE pr.mission_id = r.id AND pr.status IN ('PROPOSED', 'SENT')
  ) p
 WHERE r.proximity > 0
 ORDER BY score DESC, r.id
 LIMIT $29`;

/** The parameters of SQL_RANKING for one profile. */
export function sqlRankingParameters(profile: CandidateProfile, context: MatchContext, k: number): unknown[] {
  const needs = projectNeeds(profile, context.referential);
  const reaches = reachesOf(profile);
  const radius = Math.max(...reaches);
  const box = boundingBox(profile.latitude as number, profile.longitude as number, radius);
  const w = context.weights;
  const total = w.projectFit + w.interestFit + w.proximity + w.scheduleFit + w.fairShare + w.novelty;
  return [
    [...needs.weights.keys()],
    [...needs.weights.values()],
    profile.latitude,
    profile.longitude,
    context.today,
    profile.availabilityMask,
    profile.hasDrivingLicence,
    profile.birthDate ? ageOn(profile.birthDate, context.today) : -1,
    profile.frenchLevel ?? '',
    [...profile.excludedMissionIds],
    box.minLongitude,
    box.minLatitude,
    box.maxLongitude,
    box.maxLatitude,
    reaches[0],
    reaches[1],
    reaches[2],
    reaches[3],
    w.projectFit,
    needs.total,
    w.interestFit,
    [...profile.interestDomainCodes],
    w.proximity,
    w.scheduleFit,
    w.fairShare,
    w.novelty,
    [...profile.triedDomainCodes],
    total,
    k,
  ];
}
