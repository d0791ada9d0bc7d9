import type { LocalDate } from '@tremplin/beneficiaries';
import type { FrenchLevel } from '@tremplin/referentials';

/**
 * The plain data the matching engine works on. Adapters build them from the entities of other
 * domains (beneficiary, mission, proposals); the pure functions of this folder never see an entity.
 */

/** What the engine knows of a beneficiary (« bénéficiaire ») when it looks for missions. */
export interface CandidateProfile {
  id: string;
  /** Used to write the target job in the right gender (« agente d'accueil »); null: both forms. */
  civility: 'MADAME' | 'MONSIEUR' | null;
  /** Coordinates of the commune of residence; null when the commune is not known. */
  latitude: number | null;
  longitude: number | null;
  birthDate: LocalDate | null;
  /** Followed in the RSA scheme (not suspended, not gone). */
  active: boolean;
  /** Consent to receive volunteer-mission proposals is on record (and not withdrawn). */
  consent: boolean;
  /** The consent was withdrawn (and not given again): the reason says so, not « non recueilli ». */
  consentWithdrawn: boolean;
  /** Bit mask of MobilityMode (beneficiaries domain). */
  mobilityModes: number;
  hasDrivingLicence: boolean;
  hasVehicle: boolean;
  /** The farthest the person accepts to travel, when they said so. */
  maxDistanceKm: number | null;
  /** 21-bit mask of weekly half-day slots (referentials' WeeklySlot). */
  availabilityMask: number;
  frenchLevel: FrenchLevel | null;
  interestDomainCodes: readonly string[];
  /** ROME codes of the professional project. */
  targetJobCodes: readonly string[];
  /** Competencies the person already has. */
  competencyCodes: readonly string[];
  /** Domains of the missions the person already did or is doing (for novelty). */
  triedDomainCodes: readonly string[];
  /** Missions never to suggest: a proposal is pending, or was declined or expired in the last 90 days. */
  excludedMissionIds: ReadonlySet<string>;
}

/** What the engine knows of a published mission. */
export interface MissionFacts {
  id: string;
  domainCode: string;
  /** Competencies the mission develops. */
  competencyCodes: readonly string[];
  latitude: number | null;
  longitude: number | null;
  /** Done from home: no travel. */
  remote: boolean;
  /** The place is served by public transport. */
  publicTransport: boolean;
  /** 21-bit mask of the weekly slots of the mission; 0: hours to agree with the association. */
  weeklySlots: number;
  startDate: LocalDate | null;
  endDate: LocalDate | null;
  places: number;
  placesTaken: number;
  /** Proposals of this mission waiting for an answer (PROPOSED or SENT), for the fair share. */
  pendingProposals: number;
  drivingLicenceRequired: boolean;
  minimumAge: number | null;
  frenchLevel: FrenchLevel | null;
}

/** The referential data that explanations and project fit need (labels, what each job needs). */
export interface MatchingCatalog {
  competencies: ReadonlyArray<{ code: string; label: string }>;
  jobs: ReadonlyArray<{ romeCode: string; label: string; competencies: readonly string[] }>;
  domains: ReadonlyArray<{ code: string; label: string }>;
}
