import {
  birthDateMessage,
  createInputOf,
  entryDateMessage,
  personNameProblem,
  phoneProblem,
  type NewPersonDraft,
} from './new-person';

const TODAY = '2026-03-05';

describe(personNameProblem.name, () => {
  it('accepts French names and refuses digits or symbols', () => {
    expect(personNameProblem('Marie-Hélène')).toBeNull();
    expect(personNameProblem('N’Diaye')).toBeNull();
    expect(personNameProblem('Karima2')).toMatch(/^Seuls les lettres/);
    expect(personNameProblem('-Jean')).not.toBeNull();
  });
});

describe(phoneProblem.name, () => {
  it('accepts the French numbers the server accepts', () => {
    expect(phoneProblem('06 12 34 56 78')).toBeNull();
    expect(phoneProblem('+33 6 12 34 56 78')).toBeNull();
    expect(phoneProblem('0612345678')).toBeNull();
    expect(phoneProblem('12 34')).toMatch(/numéro français/);
  });
});

describe(birthDateMessage.name, () => {
  it('says the server’s rule as a sentence', () => {
    expect(birthDateMessage('1988-05-14', TODAY)).toBeNull();
    expect(birthDateMessage('2010-01-01', TODAY)).toBe('La personne doit avoir au moins 18 ans.');
    expect(birthDateMessage('2027-01-01', TODAY)).toBe('La date ne peut pas être dans le futur.');
  });
});

describe(entryDateMessage.name, () => {
  it('refuses an entry in the future, before the RSA existed or before the person’s 18 years', () => {
    expect(entryDateMessage('2026-02-10', '1988-05-14', TODAY)).toBeNull();
    expect(entryDateMessage('2026-04-01', '1988-05-14', TODAY)).toBe(
      'La date d’entrée ne peut pas être dans le futur.',
    );
    expect(entryDateMessage('2008-01-01', null, TODAY)).toMatch(/création du RSA/);
    expect(entryDateMessage('2010-01-01', '2000-01-01', TODAY)).toMatch(/18 ans/);
  });
});

describe(createInputOf.name, () => {
  const draft: NewPersonDraft = {
    civility: null,
    firstName: ' Karima ',
    lastName: 'Benali',
    birthDate: '1988-05-14',
    email: '  ',
    phone: '',
    communeCode: '01283',
    rsaEntryDate: '2026-02-10',
    volunteeringConsent: true,
  };

  it('trims and leaves empty contact fields out', () => {
    expect(createInputOf(draft)).toEqual({
      civility: null,
      firstName: 'Karima',
      lastName: 'Benali',
      birthDate: '1988-05-14',
      email: null,
      phone: null,
      communeCode: '01283',
      rsaEntryDate: '2026-02-10',
      volunteeringConsent: true,
    });
  });

  it('refuses an incomplete draft (the form checks it first)', () => {
    expect(() => createInputOf({ ...draft, communeCode: null })).toThrow(/incomplete/);
  });
});
