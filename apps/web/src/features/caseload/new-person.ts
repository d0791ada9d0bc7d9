// The checks of the new-person form, with the server's own rules (imported from its domain) and
// the `createBeneficiary` input they build. Pure functions, unit-tested beside this file.
import { PERSON_NAME_PATTERN, birthDateProblem, rsaEntryDateProblem } from '@domain/beneficiaries/beneficiary-profile';

/** The identity domain's phone pattern (its file also holds Nest decorators, so it is repeated here). */
const FRENCH_PHONE = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

const capitalised = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;

export function personNameProblem(value: string): string | null {
  return PERSON_NAME_PATTERN.test(value.trim())
    ? null
    : 'Seuls les lettres, les espaces, les tirets et les apostrophes sont acceptés.';
}

export function phoneProblem(value: string): string | null {
  return FRENCH_PHONE.test(value.trim()) ? null : 'Saisissez un numéro français, par exemple 06 12 34 56 78.';
}

/** The server's rule on a birth date (18 to 100 years old, not in the future), as a sentence. */
export function birthDateMessage(birthDate: string, today: string): string | null {
  const problem = birthDateProblem(birthDate, today);
  return problem
    ? capitalised(problem === 'ne peut pas être dans le futur' ? 'la date ne peut pas être dans le futur' : problem)
    : null;
}

/** The server's rule on the entry date (not in the future, after the RSA began and the person's 18 years). */
export function entryDateMessage(entry: string, birthDate: string | null, today: string): string | null {
  const problem = rsaEntryDateProblem(entry, birthDate ?? '1900-01-01', today);
  return problem ? capitalised(`la date d’entrée ${problem}`) : null;
}

export interface NewPersonDraft {
  civility: 'MADAME' | 'MONSIEUR' | null;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  email: string;
  phone: string;
  communeCode: string | null;
  rsaEntryDate: string | null;
  volunteeringConsent: boolean;
}

/** The `createBeneficiary` input of a checked draft: optional contact fields left out when empty. */
export function createInputOf(draft: NewPersonDraft) {
  if (!draft.birthDate || !draft.rsaEntryDate || !draft.communeCode) throw new Error('createInputOf: incomplete draft');
  return {
    civility: draft.civility,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    birthDate: draft.birthDate,
    email: draft.email.trim() || null,
    phone: draft.phone.trim() || null,
    communeCode: draft.communeCode,
    rsaEntryDate: draft.rsaEntryDate,
    volunteeringConsent: draft.volunteeringConsent,
  };
}
