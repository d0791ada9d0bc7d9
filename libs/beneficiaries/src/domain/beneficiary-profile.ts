import { LocalDate, addMonths, ageOn } from './calendar';

/** Where the person stands in the RSA scheme. Deadlines are only tracked for ACTIVE files. */
export enum BeneficiaryStatus {
  ACTIVE = 'ACTIVE',
  /** Rights suspended (« suspension ») — the file is kept but not followed for now. */
  SUSPENDED = 'SUSPENDED',
  /** Left the scheme (« sortie du dispositif »). */
  LEFT = 'LEFT',
}

export const BENEFICIARY_STATUS_LABELS: Record<BeneficiaryStatus, string> = {
  ACTIVE: 'suivi en cours',
  SUSPENDED: 'suspendu',
  LEFT: 'sorti du dispositif',
};

export enum Civility {
  MADAME = 'MADAME',
  MONSIEUR = 'MONSIEUR',
}

/** Progress of the orientation (Action 1), kept on the file so that lists can filter on it. */
export enum OrientationStatus {
  /** Entered the scheme, no diagnostic yet. */
  PENDING_DIAGNOSTIC = 'PENDING_DIAGNOSTIC',
  /** Diagnostic made, orientation not decided. */
  PENDING_ORIENTATION = 'PENDING_ORIENTATION',
  /** Oriented, with a référent unique. */
  ORIENTED = 'ORIENTED',
}

export const ORIENTATION_STATUS_LABELS: Record<OrientationStatus, string> = {
  PENDING_DIAGNOSTIC: 'diagnostic à réaliser',
  PENDING_ORIENTATION: 'orientation à décider',
  ORIENTED: 'orienté(e)',
};

export const MIN_AGE = 18;
export const MAX_AGE = 100;
/** The RSA replaced the RMI on 1 June 2009: no one entered it earlier. */
export const RSA_CREATION_DATE: LocalDate = '2009-06-01';

/** Why a birth date is refused (French, for the `birthDate` field), or null when acceptable. */
export function birthDateProblem(birthDate: LocalDate, today: LocalDate): string | null {
  if (birthDate > today) return 'ne peut pas être dans le futur';
  const age = ageOn(birthDate, today);
  if (age < MIN_AGE) return `la personne doit avoir au moins ${MIN_AGE} ans`;
  if (age > MAX_AGE) return `la personne ne peut pas avoir plus de ${MAX_AGE} ans`;
  return null;
}

/** Why an entry date in the RSA scheme is refused (French, for `rsaEntryDate`), or null. */
export function rsaEntryDateProblem(entry: LocalDate, birthDate: LocalDate, today: LocalDate): string | null {
  if (entry > today) return 'ne peut pas être dans le futur';
  if (entry < RSA_CREATION_DATE) return 'ne peut pas précéder la création du RSA (1er juin 2009)';
  if (entry < addMonths(birthDate, MIN_AGE * 12)) return 'ne peut pas précéder les 18 ans de la personne';
  return null;
}

/** Letters (accented included), spaces, hyphens, apostrophes and dots: « Marie-Hélène », « N'Diaye ». */
export const PERSON_NAME_PATTERN = /^\p{L}[\p{L}\p{M}' .’-]*$/u;

/** Trims and collapses inner spaces. */
export function normalizePersonName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** A French phone number as « 06 12 34 56 78 » (from « 0612345678 », « +33 6 12 34 56 78 », « 06.12.34.56.78 »). */
export function normalizeFrenchPhone(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('33') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** The initial of the last name, for messages that must not carry full names (« Karima B. »). */
export function shortName(firstName: string, lastName: string): string {
  const initial = lastName.trim().charAt(0).toLocaleUpperCase('fr-FR');
  return initial ? `${firstName} ${initial}.` : firstName;
}

/**
 * Consent to receive volunteer-mission proposals. Volunteering can never be imposed on an RSA
 * recipient: only an explicit, dated consent counts, and withdrawing it wins until it is given again.
 */
export function hasVolunteeringConsent(givenAt: Date | null, withdrawnAt: Date | null): boolean {
  return givenAt !== null && withdrawnAt === null;
}
