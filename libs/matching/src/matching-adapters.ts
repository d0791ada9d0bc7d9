import { BeneficiaryStatus, hasVolunteeringConsent } from '@tremplin/beneficiaries';
import type { Beneficiary } from '@tremplin/beneficiaries';
import { MissionStatus } from '@tremplin/missions';
import type { Mission } from '@tremplin/missions';
import type { CandidateProfile, MissionFacts } from './domain/matching-types';

/** The columns of a beneficiary the engine reads (and whose change calls for a recompute). */
export const PROFILE_COLUMNS = [
  'id',
  'civility',
  'latitude',
  'longitude',
  'birthDate',
  'status',
  'volunteeringConsentGivenAt',
  'volunteeringConsentWithdrawnAt',
  'mobilityModes',
  'hasDrivingLicence',
  'hasVehicle',
  'maxDistanceKm',
  'availabilityMask',
  'frenchLevel',
  'interestDomainCodes',
  'targetJobCodes',
  'competencyCodes',
] as const satisfies readonly (keyof Beneficiary)[];

export type ProfileRow = Pick<Beneficiary, (typeof PROFILE_COLUMNS)[number]>;

/** The columns of a mission the engine reads (and whose change calls for a recompute). */
export const MISSION_COLUMNS = [
  'id',
  'status',
  'domainCode',
  'competencyCodes',
  'latitude',
  'longitude',
  'remote',
  'publicTransport',
  'weeklySlots',
  'startDate',
  'endDate',
  'places',
  'placesTaken',
  'drivingLicenceRequired',
  'minimumAge',
  'frenchLevel',
] as const satisfies readonly (keyof Mission)[];

export type MissionRow = Pick<Mission, (typeof MISSION_COLUMNS)[number]>;

/** Only published missions are suggested (FULL and CLOSED ones have no place to offer). */
export function isSuggestable(mission: Pick<Mission, 'status'>): boolean {
  return mission.status === MissionStatus.PUBLISHED;
}

export function toCandidateProfile(
  row: ProfileRow,
  history: { excludedMissionIds: ReadonlySet<string>; triedDomainCodes: readonly string[] },
): CandidateProfile {
  return {
    id: row.id,
    civility: row.civility,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    birthDate: row.birthDate ?? null,
    active: row.status === BeneficiaryStatus.ACTIVE,
    consent: hasVolunteeringConsent(row.volunteeringConsentGivenAt, row.volunteeringConsentWithdrawnAt),
    consentWithdrawn: row.volunteeringConsentWithdrawnAt !== null,
    mobilityModes: row.mobilityModes,
    hasDrivingLicence: row.hasDrivingLicence,
    hasVehicle: row.hasVehicle,
    maxDistanceKm: row.maxDistanceKm,
    availabilityMask: row.availabilityMask,
    frenchLevel: row.frenchLevel,
    interestDomainCodes: row.interestDomainCodes,
    targetJobCodes: row.targetJobCodes,
    competencyCodes: row.competencyCodes,
    triedDomainCodes: history.triedDomainCodes,
    excludedMissionIds: history.excludedMissionIds,
  };
}

export function toMissionFacts(row: MissionRow, pendingProposals: number): MissionFacts {
  return {
    id: row.id,
    domainCode: row.domainCode,
    competencyCodes: row.competencyCodes,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    remote: row.remote,
    publicTransport: row.publicTransport,
    weeklySlots: row.weeklySlots,
    startDate: row.startDate,
    endDate: row.endDate,
    places: row.places,
    placesTaken: row.placesTaken,
    pendingProposals,
    drivingLicenceRequired: row.drivingLicenceRequired,
    minimumAge: row.minimumAge,
    frenchLevel: row.frenchLevel,
  };
}
