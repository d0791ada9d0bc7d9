import { decimalFr, integerFr, roundTo } from './french-numbers';

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
