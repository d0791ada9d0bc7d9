import { countFr } from './french-count';

describe(countFr.name, () => {
  it('keeps the singular below 2 and takes the plural from 2', () => {
    expect(countFr(0, 'dossier')).toBe('0 dossier');
    expect(countFr(1, 'jour')).toBe('1 jour');
    expect(countFr(2, 'jour')).toBe('2 jours');
    expect(countFr(3, 'place restante', 'places restantes')).toBe('3 places restantes');
  });

  it('writes a decimal with a comma, singular below 2', () => {
    expect(countFr(1.5, 'heure')).toBe('1,5 heure');
    expect(countFr(2.5, 'heure')).toBe('2,5 heures');
  });
});
