import { sentBackReason, sheetLines, type SheetSource } from './mission-sheet';

const SOURCE: SheetSource = {
  title: 'Accueil à l’épicerie solidaire',
  summary: 'Accueillir les familles et ranger les rayons.',
  description: 'Une longue description.',
  associationName: 'Épicerie solidaire du Revermont',
  remote: false,
  communeName: 'Bourg-en-Bresse',
  address: '12 rue Bourgmayer',
  weeklySlots: [
    { day: 'TUESDAY', part: 'MORNING' },
    { day: 'THURSDAY', part: 'MORNING' },
  ] as SheetSource['weeklySlots'],
  startDate: '2026-03-16',
  endDate: '',
  hoursPerWeek: 4,
  durationWeeks: 8,
  competencyLabels: ['Travailler en équipe'],
  followUps: 'Une formation d’agent(e) d’accueil.',
  welcomeContactName: 'Martine Lacroix',
};

describe(sheetLines.name, () => {
  it('gives the lines of the email, in its words', () => {
    expect(sheetLines(SOURCE)).toEqual([
      { label: 'Avec', value: 'Épicerie solidaire du Revermont' },
      { label: 'Ce que vous ferez', value: 'Accueillir les familles et ranger les rayons.' },
      { label: 'Où', value: 'Bourg-en-Bresse' },
      { label: 'Adresse', value: '12 rue Bourgmayer, Bourg-en-Bresse' },
      { label: 'Quand', value: 'Mardi et jeudi matin, à partir du 16/03/2026' },
      { label: 'Combien de temps', value: 'Environ 4 heures par semaine, pendant 8 semaines' },
      { label: 'Ce que vous allez apprendre', value: ['Travailler en équipe'] },
      { label: 'Et après ?', value: 'Une formation d’agent(e) d’accueil.' },
      { label: 'Qui vous accueille', value: 'Martine' },
    ]);
  });

  it('says « À distance » without an address and leaves out the lines without data', () => {
    const lines = sheetLines({
      ...SOURCE,
      remote: true,
      weeklySlots: [],
      startDate: '',
      hoursPerWeek: null,
      durationWeeks: null,
      competencyLabels: [],
      followUps: ' ',
      welcomeContactName: null,
    });
    expect(lines.map((line) => line.label)).toEqual(['Avec', 'Ce que vous ferez', 'Où']);
    expect(lines[2].value).toBe('À distance');
  });
});

describe(sentBackReason.name, () => {
  const rejected = [
    { action: 'CREATE', occurredAt: '2026-03-01T10:00:00Z' },
    { action: 'SUBMIT', occurredAt: '2026-03-02T10:00:00Z' },
    { action: 'REJECT', reason: 'Précisez les horaires.', occurredAt: '2026-03-03T10:00:00Z' },
  ];

  it('gives the reason while the mission is the draft it was sent back to', () => {
    expect(sentBackReason('DRAFT', rejected)).toBe('Précisez les horaires.');
  });

  it('gives nothing once re-submitted, or for a plain draft', () => {
    expect(sentBackReason('SUBMITTED', rejected)).toBeNull();
    expect(sentBackReason('DRAFT', rejected.slice(0, 1))).toBeNull();
  });
});
