import { ageOn } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import { distanceKm, meetsFrenchLevel } from '@tremplin/referentials';
import type { CandidateProfile, MissionFacts } from './matching-types';
import { Reaches, reachesOf, travelModeFor } from './travel';

/** Why a profile cannot be matched at all (it gets no suggestion and this reason, in French). */
export enum ProfileProblem {
  NO_CONSENT = 'NO_CONSENT',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  NOT_ACTIVE = 'NOT_ACTIVE',
  NO_LOCATION = 'NO_LOCATION',
  NO_AVAILABILITY = 'NO_AVAILABILITY',
  NO_MOBILITY = 'NO_MOBILITY',
}

export const PROFILE_PROBLEM_LABELS: Readonly<Record<ProfileProblem, string>> = {
  NO_CONSENT: 'Consentement non recueilli',
  CONSENT_WITHDRAWN: 'Consentement retiré par la personne',
  NOT_ACTIVE: 'Dossier suspendu ou sorti du dispositif',
  NO_LOCATION: 'Commune non renseignée',
  NO_AVAILABILITY: 'Disponibilités non renseignées',
  NO_MOBILITY: 'Moyens de déplacement non renseignés',
};

/** Everything that prevents suggesting any mission to this person (empty: the profile can be matched). */
export function profileProblems(profile: CandidateProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (!profile.consent) {
    problems.push(profile.consentWithdrawn ? ProfileProblem.CONSENT_WITHDRAWN : ProfileProblem.NO_CONSENT);
  }
  if (!profile.active) problems.push(ProfileProblem.NOT_ACTIVE);
  if (!isFiniteNumber(profile.latitude) || !isFiniteNumber(profile.longitude))
    problems.push(ProfileProblem.NO_LOCATION);
  if (profile.availabilityMask === 0) problems.push(ProfileProblem.NO_AVAILABILITY);
  if (profile.mobilityModes === 0 && !profile.hasVehicle) problems.push(ProfileProblem.NO_MOBILITY);
  return problems;
}

function isFiniteNumber(value: number | null): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The hard filters: a mission failing one is never suggested. */
export enum HardFilter {
  ALREADY_PROPOSED = 'ALREADY_PROPOSED',
  NO_PLACE_LEFT = 'NO_PLACE_LEFT',
  DATES = 'DATES',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  MINIMUM_AGE = 'MINIMUM_AGE',
  FRENCH_LEVEL = 'FRENCH_LEVEL',
  NO_COMMON_SLOT = 'NO_COMMON_SLOT',
  OUT_OF_REACH = 'OUT_OF_REACH',
}

export const HARD_FILTER_LABELS: Readonly<Record<HardFilter, string>> = {
  ALREADY_PROPOSED: 'Déjà proposée récemment à cette personne',
  NO_PLACE_LEFT: 'Plus de place disponible',
  DATES: 'Mission terminée',
  DRIVING_LICENCE: 'Permis de conduire exigé',
  MINIMUM_AGE: 'Âge minimum non atteint',
  FRENCH_LEVEL: 'Niveau de français insuffisant',
  NO_COMMON_SLOT: 'Aucun créneau commun',
  OUT_OF_REACH: 'Hors de portée avec ses moyens de déplacement',
};

/** How a mission is reached: its distance (null for a remote mission) and the mode used. */
export interface Travel {
  distanceKm: number | null;
  reaches: Reaches;
}

/**
 * The first hard filter the mission fails for this (matchable) profile, or null when it passes
 * them all. `travel` receives the distance computed on the way.
 */
export function failedHardFilter(
  profile: CandidateProfile,
  mission: MissionFacts,
  today: LocalDate,
  travel?: Travel,
): HardFilter | null {
  if (profile.excludedMissionIds.has(mission.id)) return HardFilter.ALREADY_PROPOSED;
  if (mission.placesTaken >= mission.places) return HardFilter.NO_PLACE_LEFT;
  if (mission.endDate !== null && mission.endDate < today) return HardFilter.DATES;
  if (mission.drivingLicenceRequired && !profile.hasDrivingLicence) return HardFilter.DRIVING_LICENCE;
  if (mission.minimumAge !== null && mission.minimumAge > 0) {
    if (profile.birthDate === null || ageOn(profile.birthDate, today) < mission.minimumAge)
      return HardFilter.MINIMUM_AGE;
  }
  if (!meetsFrenchLevel(profile.frenchLevel, mission.frenchLevel)) return HardFilter.FRENCH_LEVEL;
  if (mission.weeklySlots !== 0 && (mission.weeklySlots & profile.availabilityMask) === 0)
    return HardFilter.NO_COMMON_SLOT;
  const reaches = reachesOf(profile);
  let distance: number | null = null;
  if (!mission.remote) {
    if (mission.latitude === null || mission.longitude === null) return HardFilter.OUT_OF_REACH;
    distance = distanceKm(profile.latitude as number, profile.longitude as number, mission.latitude, mission.longitude);
    if (travelModeFor(reaches, distance, mission.publicTransport) === null) return HardFilter.OUT_OF_REACH;
  }
  if (travel) {
    travel.distanceKm = distance;
    travel.reaches = reaches;
  }
  return null;
}
