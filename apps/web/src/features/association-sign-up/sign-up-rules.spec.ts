import { normalizeRna, normalizeSiret, rnaProblem, siretProblem } from '@domain/associations/legal-identifiers';
import { identifierProblem, validatePhone } from './sign-up-rules';

describe(identifierProblem.name, () => {
  const rna = (value: string) => identifierProblem(value, normalizeRna, rnaProblem, 'Le numéro RNA');
  const siret = (value: string) => identifierProblem(value, normalizeSiret, siretProblem, 'Le numéro SIRET');

  it('accepts the numbers the server accepts, as people type them', () => {
    expect(rna('w 011 234 567')).toBeNull();
    expect(siret('732 829 320 00074')).toBeNull();
    expect(siret('')).toBeNull();
  });

  it('explains in French why the server would refuse a number', () => {
    expect(rna('W12345')).toBe(
      'Le numéro RNA doit être un numéro RNA : la lettre W suivie de 9 chiffres (ex. W011234567).',
    );
    expect(siret('73282932000075')).toBe(
      'Le numéro SIRET n’est pas un numéro SIRET valide (clé de contrôle incorrecte).',
    );
    expect(siret('1234')).toBe('Le numéro SIRET doit être un numéro SIRET de 14 chiffres.');
  });
});

describe(validatePhone.name, () => {
  it('accepts French numbers in their usual spellings and refuses others', () => {
    expect(validatePhone('04 74 32 32 32')).toBeNull();
    expect(validatePhone('+33 6 12 34 56 78')).toBeNull();
    expect(validatePhone('0474')).toMatch(/^Saisissez un numéro de téléphone français/);
  });
});
