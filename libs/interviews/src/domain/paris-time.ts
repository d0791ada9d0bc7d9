import { DayPart, Weekday } from '@tremplin/referentials';

/** Interviews are planned and described in the Ain's local time, whatever the server's time zone. */
export const INTERVIEW_TIME_ZONE = 'Europe/Paris';

export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight (0-1439). */
  minuteOfDay: number;
}

const PARTS_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: INTERVIEW_TIME_ZONE,
  hourCycle: 'h23',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const WEEKDAY_BY_NAME: Record<string, Weekday> = {
  Monday: Weekday.MONDAY,
  Tuesday: Weekday.TUESDAY,
  Wednesday: Weekday.WEDNESDAY,
  Thursday: Weekday.THURSDAY,
  Friday: Weekday.FRIDAY,
  Saturday: Weekday.SATURDAY,
  Sunday: Weekday.SUNDAY,
};

/** Date, weekday and time of day of an instant in Paris. */
export function wallClockOf(instant: Date): WallClock {
  const parts = PARTS_FORMAT.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    weekday: WEEKDAY_BY_NAME[get('weekday')],
    minuteOfDay: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

/**
 * The hours each part of the day covers, in local minutes [from, to): morning 6 h-12 h,
 * afternoon 12 h-18 h, evening 18 h-22 h. Nobody is offered an interview at night.
 */
export const DAY_PART_HOURS: Record<DayPart, readonly [number, number]> = {
  MORNING: [6 * 60, 12 * 60],
  AFTERNOON: [12 * 60, 18 * 60],
  EVENING: [18 * 60, 22 * 60],
};

const FR_DATE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: INTERVIEW_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const FR_SHORT_DATE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: INTERVIEW_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** « 10 h », « 9 h 30 » */
export function formatTimeFr(instant: Date): string {
  const { minuteOfDay } = wallClockOf(instant);
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
}

/** « mardi 3 février 2026 » */
export function formatDateLongFr(instant: Date): string {
  return FR_DATE.format(instant);
}

/** « mardi 3 février 2026 de 10 h à 10 h 45 » */
export function formatPeriodFr(startsAt: Date, endsAt: Date): string {
  return `${formatDateLongFr(startsAt)} de ${formatTimeFr(startsAt)} à ${formatTimeFr(endsAt)}`;
}

/** « mardi 3 février, 10 h » (lists of slots) */
export function formatSlotFr(startsAt: Date): string {
  return `${FR_SHORT_DATE.format(startsAt)}, ${formatTimeFr(startsAt)}`;
}
