import { aFr, deFr, laFr, leFr, queFr, startsWithVowelSound } from './french';

describe(deFr.name, () => {
  it('elides before a vowel, an accented vowel and a mute h', () => {
    expect(deFr('Amandine')).toBe('d’Amandine');
    expect(deFr('Amandine Roussel')).toBe('d’Amandine Roussel');
    expect(deFr('Épicerie solidaire du Revermont')).toBe('d’Épicerie solidaire du Revermont');
    expect(deFr('Olivier')).toBe('d’Olivier');
    expect(deFr('Hélène')).toBe('d’Hélène');
    expect(deFr('Habitat et Humanisme')).toBe('d’Habitat et Humanisme');
    expect(deFr('Yves')).toBe('d’Yves');
  });

  it('keeps « de » before a consonant, an aspirated h and a y read as a consonant', () => {
    expect(deFr('Claire')).toBe('de Claire');
    expect(deFr('Haute-Savoie')).toBe('de Haute-Savoie');
    expect(deFr('hameau')).toBe('de hameau');
    expect(deFr('Yannick')).toBe('de Yannick');
    expect(deFr('La Croix-Rouge')).toBe('de La Croix-Rouge');
  });

  it('contracts « de le » and « de les » for names opening with « Le » or « Les »', () => {
    expect(deFr('Les Restos du Cœur')).toBe('des Restos du Cœur');
    expect(deFr('Le Relais')).toBe('du Relais');
    expect(deFr('les Amis de la Terre')).toBe('des Amis de la Terre');
    expect(deFr('Lesbos solidaire')).toBe('de Lesbos solidaire');
  });
});

describe(queFr.name, () => {
  it('elides « que » the same way', () => {
    expect(queFr('Épicerie solidaire')).toBe('qu’Épicerie solidaire');
    expect(queFr('Habitat et Humanisme')).toBe('qu’Habitat et Humanisme');
    expect(queFr('Les Restos du Cœur')).toBe('que Les Restos du Cœur');
    expect(queFr('Claire')).toBe('que Claire');
  });
});

describe(aFr.name, () => {
  it('contracts « à le » and « à les »', () => {
    expect(aFr('Les Restos du Cœur')).toBe('aux Restos du Cœur');
    expect(aFr('Le Relais')).toBe('au Relais');
    expect(aFr('Amandine')).toBe('à Amandine');
  });
});

describe(leFr.name, () => {
  it('elides the article before a vowel or a mute h, not before an aspirated h', () => {
    expect(leFr('e-mail')).toBe('l’e-mail');
    expect(leFr('hôpital')).toBe('l’hôpital');
    expect(leFr('hameau')).toBe('le hameau');
    expect(leFr('message')).toBe('le message');
    expect(laFr('association')).toBe('l’association');
    expect(laFr('mission')).toBe('la mission');
  });
});

describe(startsWithVowelSound.name, () => {
  it('ignores leading spaces and reads an empty text as a consonant', () => {
    expect(startsWithVowelSound('  Amandine')).toBe(true);
    expect(startsWithVowelSound('')).toBe(false);
  });
});
