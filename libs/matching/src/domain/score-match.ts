import type { LocalDate } from '@tremplin/beneficiaries';
import { fairShareFit, interestFit, noveltyFit, projectFit, projectNeeds, scheduleFit } from './criteria';
import { HardFilter, Travel, failedHardFilter, profileProblems } from './hard-filters';
import type { MatchingReferential } from './matching-referential';
import type { CandidateProfile, MissionFacts } from './matching-types';
import { proximityFit } from './travel';
import { CriteriaValues, MatchingWeights, combineScore } from './weights';

/** Everything a scoring needs besides the two sides: the day, the weights, the referential. */
export interface MatchContext {
  today: LocalDate;
  weights: MatchingWeights;
  referential: MatchingReferential;
}

/** The per-criterion values of a match, and the distance (null for a remote mission). */
export interface Breakdown extends CriteriaValues {
  distanceKm: number | null;
}

export interface ScoredMatch {
  missionId: string;
  /** In [0, 100]. */
  score: number;
  breakdown: Breakdown;
}

export type MatchEvaluation = { ok: true; match: ScoredMatch } | { ok: false; failed: HardFilter };

/**
 * Best first: higher score, then the smaller mission id. Deterministic, so that the index, the
 * brute force and any number of workers give the same ranking.
 */
export function compareMatches(
  a: { score: number; missionId: string },
  b: { score: number; missionId: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.missionId < b.missionId ? -1 : a.missionId > b.missionId ? 1 : 0;
}

/** A profile's needs, computed once for many missions. */
export interface PreparedNeeds {
  weights: ReadonlyMap<string, number>;
  total: number;
}

/**
 * The reference scorer: hard filters, then the six criteria and their weighted score. Assumes
 * the profile has no problem (see profileProblems); `needs` may be passed to score many missions.
 */
export function evaluateMatch(
  profile: CandidateProfile,
  mission: MissionFacts,
  context: MatchContext,
  needs: PreparedNeeds = projectNeeds(profile, context.referential),
): MatchEvaluation {
  const travel: Travel = { distanceKm: null, reaches: [0, 0, 0, 0] };
  const failed = failedHardFilter(profile, mission, context.today, travel);
  if (failed) return { ok: false, failed };
  const values: CriteriaValues = {
    projectFit: projectFit(needs, mission),
    interestFit: interestFit(profile.interestDomainCodes, mission.domainCode),
    proximity:
      travel.distanceKm === null ? 1 : proximityFit(travel.reaches, travel.distanceKm, mission.publicTransport),
    scheduleFit: scheduleFit(mission.weeklySlots, profile.availabilityMask),
    fairShare: fairShareFit(mission.pendingProposals, mission.places - mission.placesTaken),
    novelty: noveltyFit(profile.triedDomainCodes, mission.domainCode),
  };
  const w = context.weights;
  const score = combineScore(
    w,
    values.projectFit,
    values.interestFit,
    values.proximity,
    values.scheduleFit,
    values.fairShare,
    values.novelty,
  );
  return { ok: true, match: { missionId: mission.id, score, breakdown: { ...values, distanceKm: travel.distanceKm } } };
}

/**
 * Brute force: scores every mission and keeps the best `k`. The reference the index is checked
 * against, and the right tool for one mission against many profiles.
 */
export function rankMissions(
  profile: CandidateProfile,
  missions: Iterable<MissionFacts>,
  context: MatchContext,
  k: number,
): ScoredMatch[] {
  if (profileProblems(profile).length > 0 || k <= 0) return [];
  const needs = projectNeeds(profile, context.referential);
  const matches: ScoredMatch[] = [];
  for (const mission of missions) {
    const evaluation = evaluateMatch(profile, mission, context, needs);
    if (evaluation.ok) matches.push(evaluation.match);
  }
  return matches.sort(compareMatches).slice(0, k);
}
