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
