import {
  birthDateProblem,
  hasVolunteeringConsent,
  normalizeFrenchPhone,
  normalizePersonName,
  PERSON_NAME_PATTERN,
  rsaEntryDateProblem,
  shortName,
} from './beneficiary-profile';

describe(birthDateProblem.name, () => {
  const today = '2026-03-01';

  it('accepts people from their 18th birthday to their 100th year', () => {
    expect(birthDateProblem('2008-03-01', today)).toBeNull();
    expect(birthDateProblem('1925-03-02', today)).toBeNull();
  });

  it('refuses minors, the day before their 18th birthday included', () => {
    expect(birthDateProblem('2008-03-02', today)).toBe('la personne doit avoir au moins 18 ans');
  });

  it('refuses people over 100 and birth dates in the future', () => {
    expect(birthDateProblem('1925-03-01', today)).toBe('la personne ne peut pas avoir plus de 100 ans');
    expect(birthDateProblem('2026-03-02', today)).toBe('ne peut pas être dans le futur');
  });

  it('counts a 29 February birthday as reached on 1 March in common years', () => {
    expect(birthDateProblem('2008-02-29', '2026-02-28')).toBe('la personne doit avoir au moins 18 ans');
    expect(birthDateProblem('2008-02-29', '2026-03-01')).toBeNull();
  });
});

describe(rsaEntryDateProblem.name, () => {
  it('refuses entries in the future, before the RSA existed or before the age of 18', () => {
    expect(rsaEntryDateProblem('2026-03-02', '1990-01-01', '2026-03-01')).toBe('ne peut pas être dans le futur');
    expect(rsaEntryDateProblem('2009-05-31', '1970-01-01', '2026-03-01')).toMatch(/création du RSA/);
    expect(rsaEntryDateProblem('2025-12-31', '2008-01-01', '2026-03-01')).toBe(
      'ne peut pas précéder les 18 ans de la personne',
    );
    expect(rsaEntryDateProblem('2026-01-01', '2008-01-01', '2026-03-01')).toBeNull();
    expect(rsaEntryDateProblem('2026-03-01', '1990-01-01', '2026-03-01')).toBeNull();
  });
});

describe('person names', () => {
  it('accepts French names and refuses digits or symbols', () => {
    for (const name of ['Marie-Hélène', "N'Diaye", 'Lê', 'De La Fontaine', 'Zoë', 'St. Clair']) {
      expect(PERSON_NAME_PATTERN.test(name)).toBe(true);
    }
    for (const name of ['R2D2', '-Jean', '<script>', 'a@b']) expect(PERSON_NAME_PATTERN.test(name)).toBe(false);
    expect(normalizePersonName('  Jean   Pierre ')).toBe('Jean Pierre');
  });

  it('shortens to the initial of the last name', () => {
    expect(shortName('Karima', 'benali')).toBe('Karima B.');
    expect(shortName('Élodie', 'Émery')).toBe('Élodie É.');
  });
});

describe(normalizeFrenchPhone.name, () => {
  it('writes every accepted form as pairs of digits', () => {
    expect(normalizeFrenchPhone('0612345678')).toBe('06 12 34 56 78');
    expect(normalizeFrenchPhone('+33 6 12 34 56 78')).toBe('06 12 34 56 78');
    expect(normalizeFrenchPhone('04.74.32.32.32')).toBe('04 74 32 32 32');
    expect(normalizeFrenchPhone('04-74-32-32-32')).toBe('04 74 32 32 32');
  });
});

describe(hasVolunteeringConsent.name, () => {
  it('needs a consent given and not withdrawn', () => {
    const at = new Date('2026-01-01T10:00:00Z');
    expect(hasVolunteeringConsent(null, null)).toBe(false);
    expect(hasVolunteeringConsent(at, null)).toBe(true);
    expect(hasVolunteeringConsent(at, new Date('2026-02-01T10:00:00Z'))).toBe(false);
  });
});
