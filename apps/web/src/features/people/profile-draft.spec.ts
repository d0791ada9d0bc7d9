import {
  distanceProblem,
  draftOfProfile,
  emailProblem,
  phoneProblem,
  profileInputOf,
  profileProblems,
  searchJobs,
  type ProfileSource,
} from './profile-draft';

const PERSON: ProfileSource = {
  email: 'karima.benali@exemple.fr',
  phone: null,
  mobility: { modes: ['CAR', 'WALKING'], hasDrivingLicence: true, hasVehicle: false, maxDistanceKm: 20 },
  availability: [
    { day: 'WEDNESDAY', part: 'AFTERNOON' },
    { day: 'MONDAY', part: 'MORNING' },
  ],
  interests: [{ code: 'ALIMENTATION' }],
  targetJobs: [{ romeCode: 'K2204' }],
  frenchLevel: 'B1',
};

describe(draftOfProfile.name, () => {
  it('holds the profile as the form shows it: texts, codes, the grid’s keys', () => {
    expect(draftOfProfile(PERSON)).toEqual({
      email: 'karima.benali@exemple.fr',
      phone: '',
      modes: ['WALKING', 'CAR'],
      hasDrivingLicence: true,
      hasVehicle: false,
      maxDistanceKm: '20',
      availability: ['WEDNESDAY:AFTERNOON', 'MONDAY:MORNING'],
      interestDomainCodes: ['ALIMENTATION'],
      targetJobCodes: ['K2204'],
      frenchLevel: 'B1',
    });
  });
});

describe(profileInputOf.name, () => {
  it('sends every field, an emptied text as null (it clears it), the slots in the order of the week', () => {
    const draft = { ...draftOfProfile(PERSON), email: '  ', phone: ' 06 12 34 56 78 ', maxDistanceKm: '' };
    expect(profileInputOf(draft)).toEqual({
      email: null,
      phone: '06 12 34 56 78',
      mobility: { modes: ['WALKING', 'CAR'], hasDrivingLicence: true, hasVehicle: false, maxDistanceKm: null },
      availability: [
        { day: 'MONDAY', part: 'MORNING' },
        { day: 'WEDNESDAY', part: 'AFTERNOON' },
      ],
      interestDomainCodes: ['ALIMENTATION'],
      targetJobCodes: ['K2204'],
      frenchLevel: 'B1',
    });
  });

  it('gives back the profile it came from, through the form', () => {
    const input = profileInputOf(draftOfProfile(PERSON));
    expect(input.mobility?.maxDistanceKm).toBe(20);
    expect(input.email).toBe(PERSON.email);
  });
});

describe(profileProblems.name, () => {
  it('finds what the server refuses, under the server’s field names', () => {
    const draft = {
      ...draftOfProfile(PERSON),
      email: 'karima@',
      phone: '12 34',
      maxDistanceKm: '151',
      targetJobCodes: ['A', 'B', 'C', 'D', 'E', 'F'],
    };
    expect(Object.keys(profileProblems(draft)).sort()).toEqual([
      'email',
      'mobility.maxDistanceKm',
      'phone',
      'targetJobCodes',
    ]);
    expect(profileProblems(draftOfProfile(PERSON))).toEqual({});
  });

  it('words each problem as the server does', () => {
    expect(emailProblem('karima@exemple')).toBe(
      'doit être une adresse e-mail valide (par exemple prenom.nom@exemple.fr)',
    );
    expect(phoneProblem('0612')).toBe('doit être un numéro de téléphone français valide (ex. 06 12 34 56 78)');
    expect(phoneProblem('+33 6 12 34 56 78')).toBeNull();
    expect(distanceProblem('0')).toBe('doit être compris entre 1 et 150 km');
    expect(distanceProblem('12,5')).toBe('doit être un nombre entier de kilomètres');
    expect(distanceProblem('150')).toBeNull();
    expect(distanceProblem('')).toBeNull();
  });
});

describe(searchJobs.name, () => {
  const jobs = [
    { romeCode: 'K2204', label: 'Agent / Agente de nettoyage' },
    { romeCode: 'M1601', label: 'Agent / Agente d’accueil' },
    { romeCode: 'G1602', label: 'Commis de cuisine' },
  ];
  it('finds a job by the words of its label, accents and case aside, without those already chosen', () => {
    expect(searchJobs(jobs, 'ACCUEIL', []).map((job) => job.romeCode)).toEqual(['M1601']);
    expect(searchJobs(jobs, 'agent', ['K2204']).map((job) => job.romeCode)).toEqual(['M1601']);
    expect(searchJobs(jobs, 'cùisine commis', []).map((job) => job.romeCode)).toEqual(['G1602']);
    expect(searchJobs(jobs, '', ['G1602'])).toHaveLength(2);
  });
});
