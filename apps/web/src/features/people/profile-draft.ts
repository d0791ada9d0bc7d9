// The « Informations » form of a person's file as it holds the profile (text as typed, choices as
// codes), from the API's beneficiary and back to updateBeneficiaryProfile's input, with the checks
// the server makes (libs/beneficiaries/src/dto/profile-fields.ts) in the same words. Pure, unit-tested.
import { MAX_TRAVEL_DISTANCE_KM } from '@domain/beneficiaries/mobility';
import type { DayPart, FrenchLevel, MobilityMode, UpdateBeneficiaryProfileInput, Weekday } from '../../gql/graphql';
import type { FieldMessages } from '../../lib/api-errors';
import { gridOfSlots, slotsOfGrid, type SlotKey } from './availability-grid';
import { MOBILITY_MODES } from './person-file-labels';

/** As many target jobs and interests as the server accepts (ArrayMaxSize). */
export const MAX_TARGET_JOBS = 5;
export const MAX_INTERESTS = 12;

/** The server's pattern (libs/identity/src/dto/create-user.input.ts: PHONE_PATTERN). */
const PHONE_PATTERN = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;
/** A loose check: the server's (class-validator's isEmail) is stricter and has the last word. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ProfileSource {
  email?: string | null;
  phone?: string | null;
  mobility: { modes: MobilityMode[]; hasDrivingLicence: boolean; hasVehicle: boolean; maxDistanceKm?: number | null };
  availability: { day: Weekday; part: DayPart }[];
  interests: { code: string }[];
  targetJobs: { romeCode: string }[];
  frenchLevel?: FrenchLevel | null;
}

export interface ProfileDraft {
  email: string;
  phone: string;
  modes: MobilityMode[];
  hasDrivingLicence: boolean;
  hasVehicle: boolean;
  maxDistanceKm: string;
  availability: SlotKey[];
  interestDomainCodes: string[];
  targetJobCodes: string[];
  frenchLevel: FrenchLevel | null;
}

export function draftOfProfile(person: ProfileSource): ProfileDraft {
  return {
    email: person.email ?? '',
    phone: person.phone ?? '',
    modes: MOBILITY_MODES.filter((mode) => person.mobility.modes.includes(mode)),
    hasDrivingLicence: person.mobility.hasDrivingLicence,
    hasVehicle: person.mobility.hasVehicle,
    maxDistanceKm: person.mobility.maxDistanceKm == null ? '' : String(person.mobility.maxDistanceKm),
    availability: gridOfSlots(person.availability),
    interestDomainCodes: person.interests.map((domain) => domain.code),
    targetJobCodes: person.targetJobs.map((job) => job.romeCode),
    frenchLevel: person.frenchLevel ?? null,
  };
}

export function emailProblem(value: string): string | null {
  const email = value.trim();
  if (!email) return null;
  if (email.length > 254) return 'doit contenir au plus 254 caractères';
  return EMAIL_PATTERN.test(email) ? null : 'doit être une adresse e-mail valide (par exemple prenom.nom@exemple.fr)';
}

export function phoneProblem(value: string): string | null {
  const phone = value.trim();
  if (!phone) return null;
  return PHONE_PATTERN.test(phone) ? null : 'doit être un numéro de téléphone français valide (ex. 06 12 34 56 78)';
}

export function distanceProblem(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  if (!/^\d+$/.test(text)) return 'doit être un nombre entier de kilomètres';
  const km = Number(text);
  return km >= 1 && km <= MAX_TRAVEL_DISTANCE_KM ? null : `doit être compris entre 1 et ${MAX_TRAVEL_DISTANCE_KM} km`;
}

/** The client's problems, keyed as the server names its fields (so they sit under the same field). */
export function profileProblems(draft: ProfileDraft): FieldMessages {
  const problems: FieldMessages = {};
  const email = emailProblem(draft.email);
  if (email) problems.email = email;
  const phone = phoneProblem(draft.phone);
  if (phone) problems.phone = phone;
  const distance = distanceProblem(draft.maxDistanceKm);
  if (distance) problems['mobility.maxDistanceKm'] = distance;
  if (draft.targetJobCodes.length > MAX_TARGET_JOBS)
    problems.targetJobCodes = `doit contenir au plus ${MAX_TARGET_JOBS} métiers`;
  if (draft.interestDomainCodes.length > MAX_INTERESTS)
    problems.interestDomainCodes = `doit contenir au plus ${MAX_INTERESTS} domaines`;
  return problems;
}

/** What updateBeneficiaryProfile receives: every field of the form (an emptied text clears it). */
export function profileInputOf(draft: ProfileDraft): UpdateBeneficiaryProfileInput {
  const distance = draft.maxDistanceKm.trim();
  return {
    email: draft.email.trim() || null,
    phone: draft.phone.trim() || null,
    mobility: {
      modes: MOBILITY_MODES.filter((mode) => draft.modes.includes(mode)),
      hasDrivingLicence: draft.hasDrivingLicence,
      hasVehicle: draft.hasVehicle,
      maxDistanceKm: distance ? Number(distance) : null,
    },
    availability: slotsOfGrid(draft.availability),
    interestDomainCodes: [...new Set(draft.interestDomainCodes)],
    targetJobCodes: [...new Set(draft.targetJobCodes)],
    frenchLevel: draft.frenchLevel,
  };
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fr-FR');
}

/** The jobs whose label holds every word typed (accents and case aside), those already chosen left out. */
export function searchJobs<Job extends { romeCode: string; label: string }>(
  jobs: readonly Job[],
  search: string,
  chosen: readonly string[],
): Job[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  return jobs.filter((job) => !chosen.includes(job.romeCode) && words.every((word) => fold(job.label).includes(word)));
}
