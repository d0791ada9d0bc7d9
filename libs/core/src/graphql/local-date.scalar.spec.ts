import { isLocalDate, LocalDateScalar } from './local-date.scalar';

describe(isLocalDate.name, () => {
  it('accepts real calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(isLocalDate(20260101)).toBe(false);
  });

  it('parses and serialises YYYY-MM-DD, with a French error otherwise', () => {
    expect(LocalDateScalar.parseValue('2026-03-15')).toBe('2026-03-15');
    expect(() => LocalDateScalar.parseValue('15/03/2026')).toThrow('Date invalide : format attendu AAAA-MM-JJ');
    expect(LocalDateScalar.serialize(new Date('2026-03-15T00:00:00Z'))).toBe('2026-03-15');
  });
});
