// The checks of the sign-up form before sending, with the server's rules: the RNA and SIRET
// checks are the server's own functions (libs/associations/src/domain/legal-identifiers.ts).

/**
 * A French phone number as the server accepts it (libs/identity/src/dto/create-user.input.ts,
 * PHONE_PATTERN: a DTO module with decorators, so the pattern is repeated here).
 */
const PHONE_PATTERN = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

export function validatePhone(value: string): string | null {
  return PHONE_PATTERN.test(value.trim())
    ? null
    : 'Saisissez un numéro de téléphone français (par exemple 04 74 32 32 32).';
}

/**
 * The French sentence for an RNA or SIRET number the server would refuse, or null: the number
 * as typed (spaces allowed) is normalised, then checked by the server's own rule.
 */
export function identifierProblem(
  value: string,
  normalize: (value: string) => string,
  problemOf: (normalized: string) => string | null,
  subject: string,
): string | null {
  if (!value.trim()) return null;
  const problem = problemOf(normalize(value));
  return problem ? `${subject} ${problem.replace("n'est", 'n’est')}.` : null;
}
