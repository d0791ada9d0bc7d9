export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * French reasons why a password is refused (empty when it is acceptable). Length matters more
 * than character classes (ANSSI and NIST guidance): at least 12 characters, not the email.
 */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères`);
  const lowered = password.toLowerCase();
  if (email && (lowered === email.toLowerCase() || lowered === email.split('@')[0].toLowerCase())) {
    problems.push("ne doit pas reprendre l'adresse e-mail");
  }
  if (password.length >= PASSWORD_MIN_LENGTH && new Set(password).size < 4) {
    problems.push('est trop répétitif');
  }
  return problems;
}

/** Emails are compared and stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
