import { countUnitFr, decimalFr, integerFr, roundTo } from './french-numbers';

describe(decimalFr.name, () => {
  it('writes a decimal comma and rounds half away from zero', () => {
    expect(decimalFr(62.5, 1)).toBe('62,5');
    expect(decimalFr(1.005, 2)).toBe('1,01');
    expect(decimalFr(0.125, 2)).toBe('0,13');
    expect(decimalFr(100, 1)).toBe('100,0');
    expect(decimalFr(-0.0001, 1)).toBe('0,0');
  });

  it('rounds like reports', () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
  });

  it('groups thousands with a narrow no-break space on pages', () => {
    expect(integerFr(7500)).toBe('7\u202f500');
  });
});

describe(countUnitFr.name, () => {
  it('is singular for 0 and 1, plural from 2', () => {
    expect(countUnitFr('personnes', 1)).toBe('personne');
    expect(countUnitFr('entretiens', 0)).toBe('entretien');
    expect(countUnitFr('compétences attestées', 1)).toBe('compétence attestée');
    expect(countUnitFr('personnes', 2)).toBe('personnes');
    expect(countUnitFr('réorientations', 22)).toBe('réorientations');
  });
});
