/**
 * Calendar dates without time (`YYYY-MM-DD`), as the Département counts deadlines and ages:
 * in the local time of the Ain (Europe/Paris), whatever the server's time zone.
 */
export type LocalDate = string;

export const PLATFORM_TIME_ZONE = 'Europe/Paris';

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date of an instant in a time zone (by default the Ain's). */
export function localDateOf(instant: Date, timeZone = PLATFORM_TIME_ZONE): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(date: LocalDate): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a local date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function format({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * The same day `months` later, or the last day of that month when it is shorter:
 * 31 January + 1 month = 28 February (29 in a leap year), 31 March + 1 month = 30 April.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

function toEpochDay(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date((toEpochDay(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Age in full years on `today`; someone born on 29 February gets a year older on 1 March in common years. */
export function ageOn(birthDate: LocalDate, today: LocalDate): number {
  const birth = partsOf(birthDate);
  const now = partsOf(today);
  const hadBirthday = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  return now.year - birth.year - (hadBirthday ? 0 : 1);
}

/** « 03/02/2026 » */
export function formatDateFr(date: LocalDate): string {
  const { year, month, day } = partsOf(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** The instant a local date begins in a time zone (midnight in Paris is 23:00 or 22:00 UTC the day before). */
export function startOfLocalDay(date: LocalDate, timeZone = PLATFORM_TIME_ZONE): Date {
  const { year, month, day } = partsOf(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment, read back through the formatter (no time-zone library needed).
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - instant;
  };
  const guess = utcMidnight - offsetAt(utcMidnight);
  return new Date(utcMidnight - offsetAt(guess));
}
