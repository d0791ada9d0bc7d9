import { describeDateRange, formatLocalDateFr } from './date-range-text';

describe('period text', () => {
  it('writes a LocalDate the French way', () => {
    expect(formatLocalDateFr('2026-03-02')).toBe('02/03/2026');
  });

  it('describes both ends, one end or none', () => {
    expect(describeDateRange('2026-03-02', '2026-04-30')).toBe('du 02/03/2026 au 30/04/2026');
    expect(describeDateRange('2026-03-02', null)).toBe('à partir du 02/03/2026');
    expect(describeDateRange(null, '2026-04-30')).toBe('jusqu’au 30/04/2026');
    expect(describeDateRange(null, null)).toBeNull();
  });
});
