import { slotCoverage } from '@tremplin/referentials';
import type { MatchingReferential } from './matching-referential';
import type { CandidateProfile, MissionFacts } from './matching-types';

/**
 * The soft criteria, each in [0, 1] (reference implementations over plain objects; the index
 * computes the same numbers on bit sets). Sums are kept in integers until the last division,
 * so that both ways give bit-for-bit equal values.
 */

/**
 * What the professional project needs: for each competency, how many of the target jobs need it,
 * counted twice when the person does not have it yet (developing a competency one lacks is worth
 * more than practising one already held).
 */
export function projectNeeds(
  profile: Pick<CandidateProfile, 'targetJobCodes' | 'competencyCodes'>,
  referential: MatchingReferential,
): { weights: Map<string, number>; total: number } {
  const held = new Set(profile.competencyCodes);
  const counts = new Map<string, number>();
  for (const romeCode of new Set(profile.targetJobCodes)) {
    const job = referential.job(romeCode);
    if (!job) continue;
    for (const bit of job.competencyBits) {
      const code = referential.competencyCode(bit);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  let total = 0;
  for (const [code, count] of counts) {
    const weight = held.has(code) ? count : 2 * count;
    weights.set(code, weight);
    total += weight;
  }
  return { weights, total };
}

/** From the covered and total need: square root, so that covering part of a project already counts. */
export function projectFitOf(covered: number, total: number): number {
  return total === 0 ? 0 : Math.sqrt(covered / total);
}

/**
 * Project fit: the share of the project's needs (weighted by how many target jobs need each
 * competency) that the mission develops. 0 without a project.
 */
export function projectFit(
  needs: { weights: ReadonlyMap<string, number>; total: number },
  mission: Pick<MissionFacts, 'competencyCodes'>,
): number {
  let covered = 0;
  for (const code of new Set(mission.competencyCodes)) covered += needs.weights.get(code) ?? 0;
  return projectFitOf(covered, needs.total);
}

/** Interest fit: 1 in a domain the person is interested in, 0 otherwise, 0.5 when they named none. */
export function interestFit(interestDomainCodes: readonly string[], domainCode: string): number {
  if (interestDomainCodes.length === 0) return 0.5;
  return interestDomainCodes.includes(domainCode) ? 1 : 0;
}

/** Schedule fit: the share of the mission's weekly slots the person is available for (1 without slots). */
export function scheduleFit(missionSlots: number, availability: number): number {
  return slotCoverage(missionSlots, availability);
}

/**
 * Fair share: a mission already holding many pending proposals for its places left ranks lower,
 * so that referents do not all send their people to the same mission (1 without any, ½ with as
 * many pending proposals as places left, ⅓ with twice as many…).
 */
export function fairShareFit(pendingProposals: number, placesLeft: number): number {
  return 1 / (1 + Math.max(0, pendingProposals) / Math.max(1, placesLeft));
}

/** Novelty: 1 in a domain the person has not tried yet. */
export function noveltyFit(triedDomainCodes: readonly string[], domainCode: string): number {
  return triedDomainCodes.includes(domainCode) ? 0 : 1;
}
