/**
 * The identifiers of an association: the RNA number (répertoire national des associations,
 * « W » + 9 digits, no checksum) and/or the SIRET (14 digits, Luhn checksum — except the
 * establishments of La Poste, SIREN 356000000, whose digits add up to a multiple of 5).
 */
export const LA_POSTE_SIREN = '356000000';

/** Upper-cased, spaces removed: « w 011 234 567 » → « W011234567 ». */
export function normalizeRna(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Spaces, dots and dashes removed: « 123 456 789 00012 » → « 12345678900012 ». */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s.-]+/g, '');
}

/** The Luhn checksum (SIREN, SIRET): every second digit from the right doubled. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** French reason why a (normalised) RNA number is refused, or null. */
export function rnaProblem(rna: string): string | null {
  return /^W\d{9}$/.test(rna) ? null : 'doit être un numéro RNA : la lettre W suivie de 9 chiffres (ex. W011234567)';
}

/** French reason why a (normalised) SIRET is refused, or null. */
export function siretProblem(siret: string): string | null {
  if (!/^\d{14}$/.test(siret)) return 'doit être un numéro SIRET de 14 chiffres';
  if (luhnValid(siret)) return null;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((total, digit) => total + Number(digit), 0);
    if (sum % 5 === 0) return null;
  }
  return "n'est pas un numéro SIRET valide (clé de contrôle incorrecte)";
}
