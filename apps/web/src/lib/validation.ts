// The checks the console makes before sending, with the server's French messages. Rules that the
// server defines as pure functions are imported from there, so both sides always agree.
import { passwordProblems } from '@domain/identity/password-policy';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value: string): string | null {
  return EMAIL.test(value.trim()) ? null : 'Saisissez une adresse e-mail valide (par exemple prenom.nom@ain.fr).';
}

/** The password rules of the server (length, not the email, not repetitive), as one sentence. */
export function validateNewPassword(password: string, email: string): string | null {
  const problems = passwordProblems(password, email);
  return problems.length ? `Le mot de passe ${problems.join(', ')}.` : null;
}

export const REQUIRED_MESSAGE = 'Ce champ est obligatoire.';

/** The browser's own checks (required, type, length, range) that may refuse a field's value. */
type NativeValidity = Pick<
  ValidityState,
  | 'customError'
  | 'valueMissing'
  | 'typeMismatch'
  | 'patternMismatch'
  | 'tooLong'
  | 'tooShort'
  | 'rangeUnderflow'
  | 'rangeOverflow'
  | 'stepMismatch'
  | 'badInput'
>;

/**
 * What a field's error says: our own messages (client checks, the server's `extensions.fields`)
 * as they are, and the browser's native ones — written in the browser's language, English in many
 * set-ups — replaced by a French sentence.
 */
export function frenchValidationMessage(errors: readonly string[], validity: NativeValidity): string {
  if (validity.customError || errors.length === 0) return errors.join(' ');
  if (validity.valueMissing) return REQUIRED_MESSAGE;
  if (validity.typeMismatch || validity.patternMismatch || validity.badInput) return 'Le format n’est pas valide.';
  if (validity.tooLong) return 'Le texte est trop long.';
  if (validity.tooShort) return 'Le texte est trop court.';
  if (validity.rangeUnderflow) return 'La valeur est trop petite.';
  if (validity.rangeOverflow) return 'La valeur est trop grande.';
  if (validity.stepMismatch) return 'La valeur n’est pas permise.';
  return errors.join(' ');
}
