import { PageRenderer } from '@tremplin/core';
import { InterviewPlaceKind } from '../domain/place';
import { BOOKED_PAGE, BOOKING_PAGE } from './booking-pages';
import { groupByPlace } from './booking.controller';

const option = (
  slotId: string,
  startsAt: string,
  kind: InterviewPlaceKind,
  label: string,
  distanceKm: number | null,
) => ({
  slotId,
  startsAt: new Date(startsAt),
  endsAt: new Date(new Date(startsAt).getTime() + 45 * 60_000),
  coordinatorId: 'c',
  distanceKm,
  label,
  place: {
    kind,
    label,
    address: kind === InterviewPlaceKind.VIDEO ? null : '12 rue Anatole France, 01100 Oyonnax',
    communeCode: null,
    videoUrl: kind === InterviewPlaceKind.VIDEO ? 'https://visio.ain.fr/x' : null,
  },
});

describe(groupByPlace.name, () => {
  it('groups the ranked slots by place, keeping the ranking order, with the distance and French times', () => {
    const groups = groupByPlace([
      option('a', '2026-03-10T08:00:00Z', InterviewPlaceKind.CDS, 'CDS Oyonnax', 0.2),
      option('b', '2026-03-10T08:45:00Z', InterviewPlaceKind.CDS, 'CDS Oyonnax', 0.2),
      option('c', '2026-03-12T08:00:00Z', InterviewPlaceKind.VIDEO, 'Visioconférence', null),
    ]);
    expect(groups).toEqual([
      {
        label: 'CDS Oyonnax',
        where: '12 rue Anatole France, 01100 Oyonnax',
        distance: "à moins d'1 km de chez vous",
        slots: [
          { slotId: 'a', time: 'mardi 10 mars, 9 h – 9 h 45' },
          { slotId: 'b', time: 'mardi 10 mars, 9 h 45 – 10 h 30' },
        ],
      },
      {
        label: 'Visioconférence',
        where: "Visioconférence : le lien vous sera envoyé avec l'invitation.",
        distance: null,
        slots: [{ slotId: 'c', time: 'jeudi 12 mars, 9 h – 9 h 45' }],
      },
    ]);
  });
});

describe('booking pages', () => {
  const pages = new PageRenderer();

  it('labels every choice and escapes what comes from the data', () => {
    const html = pages.render(BOOKING_PAGE, {
      firstName: '<b>Karima</b>',
      missionTitle: 'Accueil',
      associationName: 'Épicerie',
      referentName: 'Claire Martin',
      action: '/rdv/jeton',
      places: groupByPlace([option('a', '2026-03-10T08:00:00Z', InterviewPlaceKind.CDS, 'CDS Oyonnax', 3)]),
      error: 'Ce créneau vient d’être réservé : choisissez-en un autre.',
    });
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('&lt;b&gt;Karima&lt;/b&gt;');
    expect(html).toContain('<legend><strong>CDS Oyonnax</strong> — à 3 km de chez vous</legend>');
    expect(html).toContain('<input type="radio" name="creneau" id="creneau-a" value="a" required>');
    expect(html).toContain('<label for="creneau-a"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<form method="post" action="/rdv/jeton">');
  });

  it('elides « de » before a referent whose name starts with a vowel', () => {
    const html = pages.render(BOOKING_PAGE, {
      firstName: 'Karima',
      missionTitle: 'Accueil',
      associationName: 'Épicerie',
      referentName: 'Amandine Roussel',
      action: '/rdv/jeton',
      places: groupByPlace([option('a', '2026-03-10T08:00:00Z', InterviewPlaceKind.CDS, 'CDS Oyonnax', 3)]),
    });
    expect(html).toContain("Répondez à l'e-mail d’Amandine Roussel");
  });

  it('says when no slot fits, and shows a booked interview with its calendar file', () => {
    const empty = pages.render(BOOKING_PAGE, {
      firstName: 'Karima',
      missionTitle: 'Accueil',
      associationName: 'Épicerie',
      referentName: 'Claire Martin',
      action: '/rdv/jeton',
      places: [],
    });
    expect(empty).not.toContain('<form');
    expect(empty).toContain('Claire Martin vous contactera');
    const booked = pages.render(BOOKED_PAGE, {
      firstName: 'Karima',
      missionTitle: 'Accueil',
      when: 'mardi 10 mars 2026 de 9 h à 9 h 45',
      placeLabel: 'CDS Oyonnax',
      address: '12 rue Anatole France',
      videoUrl: null,
      referentName: 'Claire Martin',
      calendarUrl: '/rdv/jeton/entretien.ics',
      justBooked: true,
    });
    expect(booked).toContain("C'est réservé !");
    expect(booked).toContain('href="/rdv/jeton/entretien.ics"');
  });
});
