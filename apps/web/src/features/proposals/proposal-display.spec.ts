import { answerLabel, deliveryLabel, distanceLabel, scheduleFitLabel, scoreLabel } from './proposal-display';

describe(scoreLabel.name, () => {
  it('rounds the score to a whole figure out of 100', () => {
    expect(scoreLabel(86.6)).toBe('87 / 100');
    expect(scoreLabel(0.4)).toBe('0 / 100');
    expect(scoreLabel(100.2)).toBe('100 / 100');
  });
});

describe(distanceLabel.name, () => {
  it('says the distance in French, with a decimal comma under 10 km', () => {
    expect(distanceLabel(4.24)).toBe('à 4,2 km');
    expect(distanceLabel(0.3)).toBe('à moins d’1 km');
    expect(distanceLabel(23.6)).toBe('à 24 km');
    expect(distanceLabel(null)).toBe('à distance');
  });
});

describe(scheduleFitLabel.name, () => {
  it('says the share of the mission’s slots the person is free for', () => {
    expect(scheduleFitLabel(1)).toBe('disponible sur tous les créneaux');
    expect(scheduleFitLabel(0.5)).toBe('disponible sur 50 % des créneaux');
    expect(scheduleFitLabel(0)).toBe('aucun créneau en commun');
  });
});

describe(deliveryLabel.name, () => {
  it('tells a letter from an email, sent or on its way', () => {
    expect(deliveryLabel({ delivery: 'LETTER' })).toBe('Lettre à remettre (pas d’adresse e-mail)');
    expect(deliveryLabel({ delivery: 'EMAIL', sentAt: null })).toBe('E-mail en cours d’envoi');
    expect(deliveryLabel({ delivery: 'EMAIL', sentAt: '2026-03-02T09:00:00.000Z' })).toBe(
      'E-mail envoyé le 2 mars 2026',
    );
  });
});

describe(answerLabel.name, () => {
  it('names the channel of the answer and who recorded it', () => {
    expect(answerLabel({ answeredAt: null })).toBeNull();
    expect(
      answerLabel({
        answeredAt: '2026-03-04T22:30:00.000Z',
        answerChannel: 'PHONE',
        answerRecordedBy: { firstName: 'Claire', lastName: 'Martin' },
      }),
    ).toBe('Réponse le 4 mars 2026, par téléphone (enregistrée par Claire Martin)');
    expect(answerLabel({ answeredAt: '2026-03-04T09:00:00.000Z', answerChannel: 'LINK' })).toBe(
      'Réponse le 4 mars 2026, par le lien de la proposition',
    );
  });
});
