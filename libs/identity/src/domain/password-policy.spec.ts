import { normalizeEmail, passwordProblems } from './password-policy';

describe(passwordProblems.name, () => {
  it('accepts a long enough, varied password', () => {
    expect(passwordProblems('cheval-batterie-agrafe', 'marie@ain.fr')).toEqual([]);
  });

  it('refuses a password shorter than 12 characters', () => {
    expect(passwordProblems('court1!', 'marie@ain.fr')).toEqual(['doit contenir au moins 12 caractères']);
  });

  it('refuses a password longer than 128 characters', () => {
    expect(passwordProblems('abcdefghij'.repeat(13), 'marie@ain.fr')).toEqual(['doit contenir au plus 128 caractères']);
  });

  it('refuses the email or its local part as password', () => {
    expect(passwordProblems('Marie.Dupont@ain.fr', 'marie.dupont@ain.fr')).toContain(
      "ne doit pas reprendre l'adresse e-mail",
    );
    expect(passwordProblems('marie.dupont', 'marie.dupont@ain.fr')).toContain("ne doit pas reprendre l'adresse e-mail");
  });

  it('refuses a repetitive password', () => {
    expect(passwordProblems('aaaaaaaaaaaaaaa', 'x@y.fr')).toEqual(['est trop répétitif']);
  });
});

describe(normalizeEmail.name, () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Marie.Dupont@Ain.FR ')).toBe('marie.dupont@ain.fr');
  });
});
