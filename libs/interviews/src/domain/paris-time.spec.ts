import { Weekday } from '@tremplin/referentials';
import { formatPeriodFr, formatSlotFr, formatTimeFr, wallClockOf } from './paris-time';

describe(wallClockOf.name, () => {
  it('reads the date, weekday and time in Paris, winter (UTC+1) and summer (UTC+2)', () => {
    expect(wallClockOf(new Date('2026-02-03T08:30:00Z'))).toEqual({
      date: '2026-02-03',
      weekday: Weekday.TUESDAY,
      minuteOfDay: 9 * 60 + 30,
    });
    expect(wallClockOf(new Date('2026-07-07T08:30:00Z')).minuteOfDay).toBe(10 * 60 + 30);
  });

  it('puts 23:30 UTC on the next day in Paris', () => {
    expect(wallClockOf(new Date('2026-02-03T23:30:00Z'))).toMatchObject({
      date: '2026-02-04',
      weekday: Weekday.WEDNESDAY,
      minuteOfDay: 30,
    });
  });
});

describe(formatPeriodFr.name, () => {
  it('writes the date and hours the French way, in Paris time', () => {
    expect(formatPeriodFr(new Date('2026-02-03T09:00:00Z'), new Date('2026-02-03T09:45:00Z'))).toBe(
      'mardi 3 février 2026 de 10 h à 10 h 45',
    );
    expect(formatTimeFr(new Date('2026-07-07T07:05:00Z'))).toBe('9 h 05');
    expect(formatSlotFr(new Date('2026-02-03T13:30:00Z'))).toBe('mardi 3 février, 14 h 30');
  });
});
