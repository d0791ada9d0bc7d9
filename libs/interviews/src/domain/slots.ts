import { DAY_PARTS, DayPart, distanceKm, slotBit } from '@tremplin/referentials';
import { publicHolidayOn } from '@tremplin/core';
import { DAY_PART_HOURS, formatDateLongFr, wallClockOf } from './paris-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Slots are offered only this long ahead, so that every participant can organise themselves. */
export const MIN_BOOKING_NOTICE_MS = 48 * HOUR;

export const SLOT_MINUTES_MIN = 15;
export const SLOT_MINUTES_MAX = 240;
export const BREAK_MINUTES_MAX = 120;
/** One publication covers one half-day or day of presence, not a season. */
export const AVAILABILITY_MAX_HOURS = 12;
/** How far ahead a coordinator may publish. */
export const AVAILABILITY_MAX_DAYS_AHEAD = 365;

export interface Period {
  startsAt: Date;
  endsAt: Date;
}

export interface AvailabilityRange extends Period {
  slotMinutes: number;
  /** Pause between two slots (default none). */
  breakMinutes?: number;
}

/** A problem with an availability, as field + French message (mapped to BAD_USER_INPUT). */
export interface RangeProblem {
  field: 'startsAt' | 'endsAt' | 'slotMinutes' | 'breakMinutes';
  message: string;
}

/** What is wrong with a range a coordinator wants to publish, or an empty list. */
export function rangeProblems(range: AvailabilityRange, now: Date): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const start = range.startsAt.getTime();
  const end = range.endsAt.getTime();
  if (
    !Number.isInteger(range.slotMinutes) ||
    range.slotMinutes < SLOT_MINUTES_MIN ||
    range.slotMinutes > SLOT_MINUTES_MAX
  )
    problems.push({
      field: 'slotMinutes',
      message: `doit être un nombre entier de minutes entre ${SLOT_MINUTES_MIN} et ${SLOT_MINUTES_MAX}`,
    });
  const pause = range.breakMinutes ?? 0;
  if (!Number.isInteger(pause) || pause < 0 || pause > BREAK_MINUTES_MAX)
    problems.push({
      field: 'breakMinutes',
      message: `doit être un nombre entier de minutes entre 0 et ${BREAK_MINUTES_MAX}`,
    });
  if (Number.isNaN(start)) problems.push({ field: 'startsAt', message: 'doit être une date valide' });
  if (Number.isNaN(end)) problems.push({ field: 'endsAt', message: 'doit être une date valide' });
  if (problems.some((p) => p.field === 'startsAt' || p.field === 'endsAt')) return problems;
  if (start <= now.getTime()) problems.push({ field: 'startsAt', message: 'doit être dans le futur' });
  else if (start > now.getTime() + AVAILABILITY_MAX_DAYS_AHEAD * 24 * HOUR)
    problems.push({ field: 'startsAt', message: "ne peut pas dépasser un an à l'avance" });
  if (end <= start) problems.push({ field: 'endsAt', message: 'doit être après le début' });
  else if (end - start > AVAILABILITY_MAX_HOURS * HOUR)
    problems.push({ field: 'endsAt', message: `la plage ne peut pas dépasser ${AVAILABILITY_MAX_HOURS} heures` });
  else if (problems.length === 0 && end - start < range.slotMinutes * MINUTE)
    problems.push({ field: 'slotMinutes', message: 'la plage est plus courte qu’un créneau' });
  const holiday = holidayIn(range);
  if (holiday)
    problems.push({
      field: 'startsAt',
      message: `le ${formatDateLongFr(holiday.at)} est un jour férié (${holiday.name}) : aucun entretien ce jour-là`,
    });
  return problems;
}

export interface HolidayInPeriod {
  /** An instant of the holiday (the start of the period, or its end when only the end falls on it). */
  at: Date;
  /** Its calendar day in Paris, `YYYY-MM-DD`. */
  day: string;
  name: string;
}

/** The French public holiday (Paris calendar) a period starts or ends on, or null. */
export function holidayIn(period: Period): HolidayInPeriod | null {
  for (const at of [period.startsAt, new Date(period.endsAt.getTime() - 1)]) {
    if (Number.isNaN(at.getTime())) continue;
    const day = wallClockOf(at).date;
    const name = publicHolidayOn(day);
    if (name) return { at, day, name };
  }
  return null;
}

/** Two periods of a list that overlap (the later one second), or null; touching periods do not overlap. */
export function firstOverlap<T extends Period>(periods: readonly T[]): [T, T] | null {
  const sorted = [...periods].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startsAt.getTime() < sorted[i - 1].endsAt.getTime()) return [sorted[i - 1], sorted[i]];
  }
  return null;
}

/**
 * Cuts a range into consecutive slots of `slotMinutes` (separated by `breakMinutes`); a remainder
 * shorter than a slot is left out. Assumes a valid range (see rangeProblems).
 */
export function generateSlots(range: AvailabilityRange): Period[] {
  const length = range.slotMinutes * MINUTE;
  const step = length + (range.breakMinutes ?? 0) * MINUTE;
  const end = range.endsAt.getTime();
  const slots: Period[] = [];
  for (let start = range.startsAt.getTime(); start + length <= end; start += step) {
    slots.push({ startsAt: new Date(start), endsAt: new Date(start + length) });
  }
  return slots;
}

/** The weekly-slot bits (Paris time) a period touches; -1 when part of it falls at night (no part of day). */
export function dayPartMaskOf(period: Period): number {
  let mask = 0;
  // Walk the period in quarter hours: slot lengths are whole minutes of at least 15.
  const last = period.endsAt.getTime() - 1;
  for (let t = period.startsAt.getTime(); ; t = Math.min(t + 15 * MINUTE, last)) {
    const clock = wallClockOf(new Date(t));
    const part = DAY_PARTS.find((p) => {
      const [from, to] = DAY_PART_HOURS[p];
      return clock.minuteOfDay >= from && clock.minuteOfDay < to;
    });
    if (!part) return -1;
    mask |= slotBit({ day: clock.weekday, part: part as DayPart });
    if (t >= last) break;
  }
  return mask;
}

/**
 * Whether a period falls inside a person's weekly availability (21-bit mask): every half-day it
 * touches must be one they are available. A mask of 0 means the availability is not known
 * yet: every daytime period fits.
 */
export function fitsAvailability(period: Period, availabilityMask: number): boolean {
  const touched = dayPartMaskOf(period);
  if (touched === -1) return false;
  if (availabilityMask === 0) return true;
  return (touched & ~availabilityMask) === 0;
}

export enum SlotRefusal {
  /** The slot has started or is over. */
  PAST = 'PAST',
  /** Less than 48 h ahead. */
  TOO_SOON = 'TOO_SOON',
  OUTSIDE_AVAILABILITY = 'OUTSIDE_AVAILABILITY',
}

export const SLOT_REFUSAL_MESSAGES: Record<SlotRefusal, string> = {
  PAST: 'Ce créneau est déjà passé.',
  TOO_SOON: 'Ce créneau est trop proche : un entretien se réserve au moins 48 heures à l’avance.',
  OUTSIDE_AVAILABILITY: 'Ce créneau ne correspond pas aux disponibilités de la personne.',
};

/** Why a slot cannot be booked for this person now, or null when it can. */
export function slotRefusal(period: Period, availabilityMask: number, now: Date): SlotRefusal | null {
  const start = period.startsAt.getTime();
  if (start <= now.getTime()) return SlotRefusal.PAST;
  if (start < now.getTime() + MIN_BOOKING_NOTICE_MS) return SlotRefusal.TOO_SOON;
  if (!fitsAvailability(period, availabilityMask)) return SlotRefusal.OUTSIDE_AVAILABILITY;
  return null;
}

export interface Located {
  /** Null for a video interview (no travel). */
  latitude: number | null;
  longitude: number | null;
}

export interface RankedSlot<T> {
  slot: T;
  /** Kilometres from home to the place; null for video. */
  distanceKm: number | null;
}

/**
 * The slots a person may book, nearest place first, then soonest. Video slots come after the
 * places one can go to: the interview is a first meeting, best held in person, and people with
 * few digital means should see a physical place first.
 */
export function bookableSlots<T extends Period & Located>(
  slots: readonly T[],
  person: { latitude: number; longitude: number; availabilityMask: number },
  now: Date,
): RankedSlot<T>[] {
  return slots
    .filter((slot) => slotRefusal(slot, person.availabilityMask, now) === null)
    .map((slot) => ({
      slot,
      distanceKm:
        slot.latitude === null || slot.longitude === null
          ? null
          : distanceKm(person.latitude, person.longitude, slot.latitude, slot.longitude),
    }))
    .sort((a, b) => {
      // Places less than a kilometre apart count as one: then the sooner slot first.
      const byPlace = kilometreBand(a.distanceKm) - kilometreBand(b.distanceKm);
      if (byPlace !== 0) return byPlace;
      return a.slot.startsAt.getTime() - b.slot.startsAt.getTime();
    });
}

function kilometreBand(distance: number | null): number {
  return distance === null ? Number.MAX_SAFE_INTEGER : Math.round(distance);
}
