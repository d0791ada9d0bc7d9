import { formatDateTime } from './format';

describe(formatDateTime.name, () => {
  it('writes « à » once before the Paris time, whatever the ICU version writes', () => {
    expect(formatDateTime('2026-03-30T07:45:00.000Z')).toBe('lundi 30 mars 2026 à 09:45');
    expect(formatDateTime('2026-01-15T13:30:00.000Z')).toBe('jeudi 15 janvier 2026 à 14:30');
  });
});
