import { CalendarDate, Time } from '@internationalized/date';
import {
  daysOfWeek,
  mondayOf,
  parisDayOf,
  parisInstant,
  parisTimeOf,
  seriesRanges,
  weekBounds,
  weekFromParam,
  weeklyDays,
} from './paris-time';

const nine = new Time(9, 0);
const noon = new Time(12, 0);

describe(parisInstant.name, () => {
  it('turns a Paris wall-clock time into an instant with its offset, winter and summer', () => {
    expect(parisInstant(new CalendarDate(2026, 3, 10), nine)).toBe('2026-03-10T08:00:00.000Z');
    expect(parisInstant(new CalendarDate(2026, 7, 7), nine)).toBe('2026-07-07T07:00:00.000Z');
  });

  it('keeps 9:00 at 9:00 across the March change (last Sunday: 29 March 2026)', () => {
    expect(parisInstant(new CalendarDate(2026, 3, 27), nine)).toBe('2026-03-27T08:00:00.000Z');
    expect(parisInstant(new CalendarDate(2026, 3, 30), nine)).toBe('2026-03-30T07:00:00.000Z');
  });

  it('keeps 9:00 at 9:00 across the October change (last Sunday: 25 October 2026)', () => {
    expect(parisInstant(new CalendarDate(2026, 10, 23), nine)).toBe('2026-10-23T07:00:00.000Z');
    expect(parisInstant(new CalendarDate(2026, 10, 26), nine)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('reads instants back as Paris days and times', () => {
    expect(parisDayOf('2026-07-13T22:30:00.000Z').toString()).toBe('2026-07-14');
    expect(parisTimeOf('2026-10-26T08:00:00.000Z').toString()).toBe('09:00:00');
  });
});

describe(seriesRanges.name, () => {
  it('gives every Tuesday 9:00-12:00 for eight weeks across the October change, without its exceptions', () => {
    const days = weeklyDays(new CalendarDate(2026, 10, 6), 8);
    expect(days.map(String)).toEqual([
      '2026-10-06',
      '2026-10-13',
      '2026-10-20',
      '2026-10-27',
      '2026-11-03',
      '2026-11-10',
      '2026-11-17',
      '2026-11-24',
    ]);
    const ranges = seriesRanges(days, nine, noon, new Set(['2026-11-10']));
    expect(ranges).toHaveLength(7);
    expect(ranges[2]).toEqual({ startsAt: '2026-10-20T07:00:00.000Z', endsAt: '2026-10-20T10:00:00.000Z' });
    expect(ranges[3]).toEqual({ startsAt: '2026-10-27T08:00:00.000Z', endsAt: '2026-10-27T11:00:00.000Z' });
    expect(ranges.map((r) => r.startsAt)).not.toContain('2026-11-10T08:00:00.000Z');
  });
});

describe(weekBounds.name, () => {
  it('covers a Paris week, 167 hours in the week of the March change', () => {
    const { from, to } = weekBounds(new CalendarDate(2026, 3, 23));
    expect(from).toBe('2026-03-22T23:00:00.000Z');
    expect(to).toBe('2026-03-29T22:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(167);
  });

  it('reads the week from the address bar, any day of it, and lists Monday to Sunday', () => {
    expect(weekFromParam('2026-03-12').toString()).toBe('2026-03-09');
    expect(mondayOf(new CalendarDate(2026, 3, 15)).toString()).toBe('2026-03-09');
    expect(daysOfWeek(new CalendarDate(2026, 3, 9)).map(String)).toHaveLength(7);
    expect(weekFromParam('2026-02-30').toString()).toBe(mondayOf(weekFromParam(null)).toString());
  });
});
