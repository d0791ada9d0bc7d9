import { luhnValid, normalizeRna, normalizeSiret, rnaProblem, siretProblem } from './legal-identifiers';

describe(luhnValid.name, () => {
  it.each(['732829320', '73282932000074', '35600000000048', '0'])('accepts %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });

  it.each(['732829321', '73282932000075', '12345678901234', '', 'abc'])('refuses %s', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });
});

describe(siretProblem.name, () => {
  it('accepts a SIRET with a valid Luhn key', () => {
    // INSEE's own SIRET (Direction générale).
    expect(siretProblem('12002701600357')).toBeNull();
    expect(siretProblem('73282932000074')).toBeNull();
  });

  it('accepts the establishments of La Poste, whose digits add up to a multiple of 5', () => {
    // 3+5+6+0+0+0+0+0+0+0+1+0+0+0 = 15, not Luhn-valid.
    expect(luhnValid('35600000010000')).toBe(false);
    expect(siretProblem('35600000010000')).toBeNull();
    expect(siretProblem('35600000000048')).toBeNull();
  });

  it('refuses a La Poste number whose digit sum is not a multiple of 5 and fails Luhn', () => {
    expect(siretProblem('35600000010001')).toBe("n'est pas un numéro SIRET valide (clé de contrôle incorrecte)");
  });

  it('refuses a wrong key, with a French message', () => {
    expect(siretProblem('73282932000075')).toBe("n'est pas un numéro SIRET valide (clé de contrôle incorrecte)");
  });

  it.each(['7328293200007', '732829320000744', '7328293200007A', ''])('refuses the malformed %s', (siret) => {
    expect(siretProblem(siret)).toBe('doit être un numéro SIRET de 14 chiffres');
  });
});

describe(rnaProblem.name, () => {
  it.each(['W011234567', 'W691000123'])('accepts %s', (rna) => {
    expect(rnaProblem(rna)).toBeNull();
  });

  it.each(['011234567', 'W01123456', 'W0112345678', 'X011234567', 'W01123456A', ''])('refuses %s', (rna) => {
    expect(rnaProblem(rna)).toBe('doit être un numéro RNA : la lettre W suivie de 9 chiffres (ex. W011234567)');
  });
});

describe('normalisation', () => {
  it('removes separators and upper-cases the RNA', () => {
    expect(normalizeRna(' w011 234 567 ')).toBe('W011234567');
    expect(normalizeSiret('732 829 320 00074')).toBe('73282932000074');
    expect(normalizeSiret('732.829.320-00074')).toBe('73282932000074');
  });
});
