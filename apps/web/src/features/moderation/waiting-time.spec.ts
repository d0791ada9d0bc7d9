import { formatWaitingTime, isLongWait } from './waiting-time';

describe(formatWaitingTime.name, () => {
  const now = new Date('2026-03-20T12:00:00Z');

  it('says hours within the first day, days within three weeks, then weeks', () => {
    expect(formatWaitingTime('2026-03-20T11:30:00Z', now)).toBe('moins d’une heure');
    expect(formatWaitingTime('2026-03-20T10:59:00Z', now)).toBe('1 heure');
    expect(formatWaitingTime('2026-03-20T02:00:00Z', now)).toBe('10 heures');
    expect(formatWaitingTime('2026-03-19T11:00:00Z', now)).toBe('1 jour');
    expect(formatWaitingTime('2026-03-08T12:00:00Z', now)).toBe('12 jours');
    expect(formatWaitingTime('2026-02-20T12:00:00Z', now)).toBe('4 semaines');
  });

  it('never says a negative time (a clock slightly ahead)', () => {
    expect(formatWaitingTime('2026-03-20T12:05:00Z', now)).toBe('moins d’une heure');
  });
});

describe(isLongWait.name, () => {
  it('flags requests waiting for more than a week', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    expect(isLongWait('2026-03-13T11:00:00Z', now)).toBe(true);
    expect(isLongWait('2026-03-14T12:00:00Z', now)).toBe(false);
  });
});
