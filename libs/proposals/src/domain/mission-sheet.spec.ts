import { slotsToMask, DayPart, Weekday } from '@tremplin/referentials';
import { MissionSheetSource, describeDuration, describeWhen, firstNameOf, missionSheet } from './mission-sheet';

const source: MissionSheetSource = {
  title: 'Accueil à l’épicerie solidaire',
  summary: 'Accueillir les familles et ranger les rayons avec l’équipe.',
  description: 'Une longue description.',
  associationName: 'Épicerie du Haut-Bugey',
  communeName: 'Oyonnax',
  address: '12 rue Anatole France',
  latitude: 46.2566,
  longitude: 5.6556,
  weeklySlots: slotsToMask([
    { day: Weekday.TUESDAY, part: DayPart.MORNING },
    { day: Weekday.THURSDAY, part: DayPart.MORNING },
  ]),
  startDate: '2026-03-16',
  endDate: null,
  hoursPerWeek: 4,
  durationWeeks: 8,
  competencyLabels: ['Travailler en équipe', 'Accueillir le public'],
  followUps: 'Une formation d’agent(e) d’accueil.',
  welcomeContactName: 'Martine Dupont',
};

describe(missionSheet.name, () => {
  it('says what, where (with the distance from home), when, how long, what it develops and who welcomes', () => {
    const sheet = missionSheet(source, { latitude: 46.2048, longitude: 5.6556 });
    expect(sheet).toEqual({
      title: 'Accueil à l’épicerie solidaire',
      associationName: 'Épicerie du Haut-Bugey',
      what: 'Accueillir les familles et ranger les rayons avec l’équipe.',
      where: 'Oyonnax (à 5,8 km de chez vous)',
      address: '12 rue Anatole France',
      when: 'Mardi et jeudi matin, à partir du 16/03/2026',
      howLong: 'Environ 4 heures par semaine, pendant 8 semaines',
      develops: ['Travailler en équipe', 'Accueillir le public'],
      leadsTo: 'Une formation d’agent(e) d’accueil.',
      welcomeBy: 'Martine',
    });
  });

  it('leaves out what the mission does not say and falls back on the description', () => {
    const sheet = missionSheet(
      {
        ...source,
        summary: null,
        description: `${'mot '.repeat(200)}fin`,
        weeklySlots: 0,
        startDate: null,
        hoursPerWeek: null,
        durationWeeks: null,
        competencyLabels: [],
        followUps: '  ',
        welcomeContactName: null,
        address: null,
      },
      null,
    );
    expect(sheet.where).toBe('Oyonnax');
    expect(sheet.what.length).toBeLessThanOrEqual(401);
    expect(sheet.what.endsWith('…')).toBe(true);
    expect([sheet.when, sheet.howLong, sheet.leadsTo, sheet.welcomeBy, sheet.address]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(sheet.develops).toEqual([]);
  });
});

describe('plain-words lines', () => {
  it('describes when and how long', () => {
    expect(describeWhen(0, '2026-03-02', null)).toBe('À partir du 02/03/2026');
    expect(describeDuration(1, 1)).toBe('Environ 1 heure par semaine, pendant 1 semaine');
    expect(describeDuration(2.5, null)).toBe('Environ 2,5 heures par semaine');
    expect(describeDuration(null, 6)).toBe('Pendant 6 semaines');
  });

  it('keeps only the first name of the welcome contact', () => {
    expect(firstNameOf('Martine Dupont')).toBe('Martine');
    expect(firstNameOf('  Jean-Luc  ')).toBe('Jean-Luc');
    expect(firstNameOf('')).toBeNull();
    expect(firstNameOf(null)).toBeNull();
  });
});
