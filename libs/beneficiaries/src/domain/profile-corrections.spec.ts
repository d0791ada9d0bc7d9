import { ProfileValues, profileCorrectionSummary, profileCorrections } from './profile-corrections';

const before: ProfileValues = {
  civility: null,
  firstName: 'Karima',
  lastName: 'Benali',
  birthDate: '1988-04-12',
  email: null,
  phone: '06 12 34 56 78',
  communeCode: '01283',
  rsaEntryDate: '2027-02-10',
  mobilityModes: 0,
  hasDrivingLicence: false,
  hasVehicle: false,
  maxDistanceKm: null,
  availabilityMask: 0,
  interestDomainCodes: [],
  targetJobCodes: [],
  competencyCodes: ['TR_ACCUEIL'],
  frenchLevel: null,
};

const names = {
  commune: (code: string) => ({ '01283': 'Oyonnax', '01034': 'Belley' })[code] ?? code,
  domain: (code: string) => code,
  job: (code: string) => code,
  competency: (code: string) => ({ TR_ACCUEIL: 'Accueil du public', SE_EQUIPE: 'Travail en équipe' })[code] ?? code,
};

describe(profileCorrections.name, () => {
  it('says which fields changed, from which value to which, in words', () => {
    const after = {
      ...before,
      email: 'karima@exemple.fr',
      communeCode: '01034',
      birthDate: '1988-04-21',
      hasVehicle: true,
      competencyCodes: ['TR_ACCUEIL', 'SE_EQUIPE'],
    };
    const corrections = profileCorrections(
      before,
      after,
      ['email', 'communeCode', 'birthDate', 'hasVehicle', 'competencyCodes', 'latitude', 'territoryId'],
      names,
    );
    expect(profileCorrectionSummary(corrections)).toBe(
      'Profil corrigé — date de naissance : « 12/04/1988 » → « 21/04/1988 » ; adresse e-mail : « non renseigné » → ' +
        '« karima@exemple.fr » ; commune de résidence : « Oyonnax » → « Belley » ; véhicule : « non » → « oui » ; ' +
        'compétences déjà acquises : « Accueil du public » → « Accueil du public, Travail en équipe ».',
    );
  });

  it('leaves out a field given again with the value already held', () => {
    const after = { ...before, competencyCodes: ['TR_ACCUEIL'] };
    expect(profileCorrections(before, after, ['competencyCodes'], names)).toEqual([]);
  });

  it('keeps the summary within the size of a carnet entry', () => {
    const long = { ...before, lastName: 'B'.repeat(5000) };
    expect(profileCorrectionSummary(profileCorrections(before, long, ['lastName'], names)).length).toBe(4000);
  });
});
