import { PersonalDataRows, PersonRow } from './personal-data-rows';
import { buildPersonalDataDocument, formatInstantFr } from './personal-data-document';

const person: PersonRow = {
  id: '00000000-0000-4000-8000-000000000001',
  civility: 'MME',
  firstName: 'Karima',
  lastName: 'Benali',
  birthDate: '1988-04-12',
  email: 'karima@exemple.fr',
  phone: '06 12 34 56 78',
  communeName: 'Oyonnax',
  communeCode: '01283',
  territoryName: 'CDS d’Oyonnax',
  rsaEntryDate: '2027-02-10',
  referentName: 'Claire Référente',
  status: 'ACTIVE',
  statusChangedAt: null,
  mobilityModes: 0,
  hasDrivingLicence: false,
  hasVehicle: false,
  maxDistanceKm: null,
  availabilityMask: 0,
  interestDomains: [],
  targetJobs: [],
  competencies: [],
  frenchLevel: null,
  volunteeringConsentGivenAt: new Date('2027-02-11T09:00:00Z'),
  volunteeringConsentWithdrawnAt: null,
  orientationStatus: 'PENDING_DIAGNOSTIC',
  orientedAt: null,
  firstActionAt: null,
  createdAt: new Date('2027-02-11T09:00:00Z'),
  updatedAt: new Date('2027-02-11T09:00:00Z'),
};

const empty: PersonalDataRows = {
  person,
  diagnostics: [],
  orientations: [],
  logbook: [],
  proposals: [],
  interviews: [],
  engagements: [],
  attestations: [],
  passport: null,
  outcomes: [],
  emails: [],
  accesses: [],
};

describe(buildPersonalDataDocument.name, () => {
  const generatedAt = new Date('2027-03-01T08:00:00Z');

  it('gives every section, empty ones included, in French', () => {
    const document = buildPersonalDataDocument(empty, { generatedAt, requestedBy: 'Claire Référente' });
    expect(document.holderName).toBe('Karima Benali');
    expect(document.sections.map((s) => s.title)).toEqual([
      'Identité et profil',
      'Accord pour recevoir des propositions de bénévolat',
      'Diagnostics',
      'Orientations',
      'Carnet de bord',
      'Propositions de mission et réponses',
      'Entretiens tripartites',
      'Missions bénévoles',
      'Compétences attestées',
      'Passeport Bénévole',
      'Suites du parcours',
      'E-mails envoyés à la personne',
      'Consultations des données sensibles',
    ]);
    const profile = Object.fromEntries(document.sections[0].records[0].fields);
    expect(profile).toMatchObject({ 'Date de naissance': '12/04/1988', Situation: 'suivi en cours', Véhicule: 'non' });
    expect(document.sections[1].records[0].fields).toEqual([['Accord donné le', '11 février 2027 à 10 h 00']]);
    expect(document.sections[2].records).toEqual([]);
  });

  it('names the emails, the deliveries and the reads in words, never by their codes', () => {
    const document = buildPersonalDataDocument(
      {
        ...empty,
        emails: [
          {
            createdAt: generatedAt,
            sentAt: generatedAt,
            template: 'proposal.new',
            status: 'SENT',
            toAddress: 'k@e.fr',
          },
          { createdAt: generatedAt, sentAt: null, template: 'autre.chose', status: 'FAILED', toAddress: 'k@e.fr' },
        ],
        accesses: [
          { accessedAt: generatedAt, userName: 'Claire Référente', userRole: 'REFERENT', dataKind: 'DIAGNOSTIC_NOTES' },
        ],
      },
      { generatedAt, requestedBy: 'Claire Référente' },
    );
    const emails = document.sections.find((s) => s.title === 'E-mails envoyés à la personne')!.records;
    expect(emails.map((r) => r.heading)).toEqual([
      '1 mars 2027 à 09 h 00 — Proposition de mission bénévole',
      '1 mars 2027 à 09 h 00 — Message de la plateforme',
    ]);
    expect(emails[1].fields).toContainEqual(['Remise', 'échec de l’envoi']);
    const reads = document.sections.find((s) => s.title === 'Consultations des données sensibles')!.records;
    expect(reads[0].fields).toEqual([
      ['Par', 'Claire Référente (référent)'],
      ['Donnée consultée', 'notes du diagnostic'],
    ]);
  });
});

describe(formatInstantFr.name, () => {
  it('writes Paris time, summer and winter', () => {
    expect(formatInstantFr(new Date('2027-07-14T20:05:00Z'))).toBe('14 juillet 2027 à 22 h 05');
    expect(formatInstantFr(new Date('2027-01-02T08:30:00Z'))).toBe('2 janvier 2027 à 09 h 30');
    expect(formatInstantFr(null)).toBe('—');
  });
});
