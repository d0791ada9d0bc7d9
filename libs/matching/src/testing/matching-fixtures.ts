import { MobilityMode, mobilityModesToMask } from '@tremplin/beneficiaries';
import {
  COMPETENCIES,
  DayPart,
  FrenchLevel,
  JOBS,
  MISSION_DOMAINS,
  Weekday,
  slotsToMask,
} from '@tremplin/referentials';
import { MatchingReferential } from '../domain/matching-referential';
import type { CandidateProfile, MatchingCatalog, MissionFacts } from '../domain/matching-types';
import type { MatchContext } from '../domain/score-match';
import { DEFAULT_WEIGHTS } from '../domain/weights';

/** Test and benchmark data: the real referentials and a typical profile and mission around Bourg-en-Bresse. */
export const REFERENTIAL_CATALOG: MatchingCatalog = {
  competencies: COMPETENCIES,
  jobs: JOBS,
  domains: MISSION_DOMAINS,
};

export const TODAY = '2026-03-02';

export function matchContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    today: TODAY,
    weights: DEFAULT_WEIGHTS,
    referential: new MatchingReferential(REFERENTIAL_CATALOG),
    ...overrides,
  };
}

/** Bourg-en-Bresse, the commune of the profile below. */
export const BOURG = { latitude: 46.20496, longitude: 5.24559 };
/** About 1 km per 0.009° of latitude. */
export const kmNorthOf = (point: { latitude: number; longitude: number }, km: number) => ({
  latitude: point.latitude + km / 111.195,
  longitude: point.longitude,
});

export const TUESDAY_MORNING = slotsToMask([{ day: Weekday.TUESDAY, part: DayPart.MORNING }]);
export const THURSDAY_MORNING = slotsToMask([{ day: Weekday.THURSDAY, part: DayPart.MORNING }]);
export const SATURDAY_AFTERNOON = slotsToMask([{ day: Weekday.SATURDAY, part: DayPart.AFTERNOON }]);

/** Karima, 41, lives in Bourg, walks and takes the bus, wants to become « agente d'accueil ». */
export function aProfile(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id: 'b-0001',
    civility: 'MADAME',
    ...BOURG,
    birthDate: '1985-01-15',
    active: true,
    consent: true,
    consentWithdrawn: false,
    mobilityModes: mobilityModesToMask([MobilityMode.WALKING, MobilityMode.PUBLIC_TRANSPORT]),
    hasDrivingLicence: false,
    hasVehicle: false,
    maxDistanceKm: null,
    availabilityMask: TUESDAY_MORNING | THURSDAY_MORNING,
    frenchLevel: FrenchLevel.B2,
    interestDomainCodes: ['SOLIDARITE_INSERTION'],
    targetJobCodes: ['M1601'],
    competencyCodes: [],
    triedDomainCodes: [],
    excludedMissionIds: new Set(),
    ...overrides,
  };
}

/** A welcome desk at a food bank 4 km north of Bourg, served by the bus, on Tuesday and Thursday mornings. */
export function aMission(overrides: Partial<MissionFacts> = {}): MissionFacts {
  return {
    id: 'm-0001',
    domainCode: 'SOLIDARITE_INSERTION',
    competencyCodes: ['TR_ACCUEIL', 'SE_EQUIPE'],
    ...kmNorthOf(BOURG, 4),
    remote: false,
    publicTransport: true,
    weeklySlots: TUESDAY_MORNING | THURSDAY_MORNING,
    startDate: null,
    endDate: null,
    places: 2,
    placesTaken: 0,
    pendingProposals: 0,
    drivingLicenceRequired: false,
    minimumAge: null,
    frenchLevel: null,
    ...overrides,
  };
}
