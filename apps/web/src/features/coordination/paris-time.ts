// Coordinators enter and read times as Paris wall-clock time, whatever the browser's own zone.
// Instants are built from a Paris calendar day + time of day with @internationalized/date (the
// library react-aria's date and time fields speak), so a « 9:00 » stays 9:00 across the March
// and October changes and always reaches the API with its offset.
import {
  CalendarDate,
  Time,
  endOfWeek,
  parseAbsolute,
  parseDate,
  startOfWeek,
  toCalendarDate,
  toCalendarDateTime,
  toTime,
  toZoned,
  today,
} from '@internationalized/date';

export const PARIS = 'Europe/Paris';
/** Weeks start on Monday, as in France. */
const LOCALE = 'fr-FR';

/** The instant of a Paris wall-clock time, as an ISO string with its offset (UTC, `…Z`). */
export function parisInstant(day: CalendarDate, time: Time): string {
  return toZoned(toCalendarDateTime(day, time), PARIS).toAbsoluteString();
}

/** The Paris calendar day of an instant. */
export function parisDayOf(instant: string | Date): CalendarDate {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  return toCalendarDate(parseAbsolute(iso, PARIS));
}

/** The Paris time of day of an instant. */
export function parisTimeOf(instant: string | Date): Time {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  return toTime(parseAbsolute(iso, PARIS));
}

export function parisToday(): CalendarDate {
  return today(PARIS);
}

export function mondayOf(day: CalendarDate): CalendarDate {
  return startOfWeek(day, LOCALE);
}

/** The days Monday to Sunday of the week that starts on `monday`. */
export function daysOfWeek(monday: CalendarDate): CalendarDate[] {
  const sunday = endOfWeek(monday, LOCALE);
  const days: CalendarDate[] = [];
  for (let day = monday; day.compare(sunday) <= 0; day = day.add({ days: 1 })) days.push(day);
  return days;
}

/**
 * The instants a Paris week covers, Monday 0:00 to the next Monday 0:00 (a week of a time change
 * lasts 167 or 169 hours).
 */
export function weekBounds(monday: CalendarDate): { from: string; to: string } {
  const midnight = new Time(0, 0);
  return { from: parisInstant(monday, midnight), to: parisInstant(monday.add({ weeks: 1 }), midnight) };
}

/** The week an address-bar value (`2026-03-09`, any day of the week) names, or this week. */
export function weekFromParam(value: string | null): CalendarDate {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    try {
      return mondayOf(parseDate(value));
    } catch {
      // An impossible date (2026-02-30) falls back to this week.
    }
  }
  return mondayOf(parisToday());
}

/** The same weekday, `weeks` weeks in a row from `first` (once: `weeks` = 1). */
export function weeklyDays(first: CalendarDate, weeks: number): CalendarDate[] {
  return Array.from({ length: Math.max(0, weeks) }, (_, week) => first.add({ weeks: week }));
}

export interface WallClockRange {
  day: CalendarDate;
  start: Time;
  end: Time;
}

/** The ranges of a series as instants with their offset, leaving out the excepted days. */
export function seriesRanges(
  days: readonly CalendarDate[],
  start: Time,
  end: Time,
  excepted: ReadonlySet<string> = new Set(),
): Array<{ startsAt: string; endsAt: string }> {
  return days
    .filter((day) => !excepted.has(day.toString()))
    .map((day) => ({ startsAt: parisInstant(day, start), endsAt: parisInstant(day, end) }));
}
