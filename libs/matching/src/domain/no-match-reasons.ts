import type { LocalDate } from '@tremplin/beneficiaries';
import { HARD_FILTER_LABELS, HardFilter, failedHardFilter } from './hard-filters';
import type { CandidateProfile, MissionFacts } from './matching-types';

export const NO_PUBLISHED_MISSION = 'Aucune mission publiée pour le moment';

/** « 1 mission », « 3 missions ». */
const missions = (count: number) => `${count} mission${count > 1 ? 's' : ''}`;

/**
 * Why a matchable profile got no suggestion at all: which hard filters the published missions
 * failed, the most frequent first (« Aucun créneau commun (12 missions) »), so that the référent
 * sees what to look at (availability, mobility…). Empty when some mission passes every filter.
 */
export function noMatchReasons(
  profile: CandidateProfile,
  published: Iterable<MissionFacts>,
  today: LocalDate,
): string[] {
  const counts = new Map<HardFilter, number>();
  let total = 0;
  for (const mission of published) {
    total++;
    const failed = failedHardFilter(profile, mission, today);
    if (failed === null) return [];
    counts.set(failed, (counts.get(failed) ?? 0) + 1);
  }
  if (total === 0) return [NO_PUBLISHED_MISSION];
  const order = Object.values(HardFilter);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || order.indexOf(a) - order.indexOf(b))
    .map(([filter, count]) => `${HARD_FILTER_LABELS[filter]} (${missions(count)})`);
}
