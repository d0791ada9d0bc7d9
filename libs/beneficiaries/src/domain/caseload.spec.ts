import { caseloadMomentOf } from './caseload';

describe(caseloadMomentOf.name, () => {
  it('spans Monday 00:00 to the next Monday 00:00 in Paris (winter time)', () => {
    // Thursday 5 March 2026, 10:00 in Paris
    const moment = caseloadMomentOf(new Date('2026-03-05T09:00:00.000Z'));
    expect(moment.today).toBe('2026-03-05');
    expect(moment.weekStart.toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(moment.weekEnd.toISOString()).toBe('2026-03-08T23:00:00.000Z');
  });

  it('counts a Sunday evening in the week that began the Monday before', () => {
    // Sunday 8 March 2026, 23:30 in Paris (22:30Z)
    const moment = caseloadMomentOf(new Date('2026-03-08T22:30:00.000Z'));
    expect(moment.weekStart.toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });

  it('starts a new week at Monday 00:00 in Paris, while UTC is still Sunday', () => {
    const moment = caseloadMomentOf(new Date('2026-03-08T23:30:00.000Z'));
    expect(moment.today).toBe('2026-03-09');
    expect(moment.weekStart.toISOString()).toBe('2026-03-08T23:00:00.000Z');
  });

  it('follows the change to summer time inside the week', () => {
    // Week of Monday 23 March 2026: summer time from Sunday 29 March
    const moment = caseloadMomentOf(new Date('2026-03-26T12:00:00.000Z'));
    expect(moment.weekStart.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(moment.weekEnd.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('handles a Monday itself and dates before the reference Monday', () => {
    expect(caseloadMomentOf(new Date('2025-12-29T10:00:00.000Z')).weekStart.toISOString()).toBe(
      '2025-12-28T23:00:00.000Z',
    );
    expect(caseloadMomentOf(new Date('2025-12-31T10:00:00.000Z')).weekStart.toISOString()).toBe(
      '2025-12-28T23:00:00.000Z',
    );
  });
});
