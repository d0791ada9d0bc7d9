import { addDays, addMonths, formatDateFr } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import { AppException, isLocalDate } from '@tremplin/core';

/**
 * The period of an indicator: calendar dates of the Ain, `from` included, `to` excluded
 * ([1 January, 1 April) is the first quarter). At most 5 years, as the plan runs 2023-2028.
 */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

export const MAX_PERIOD_YEARS = 5;

/** Checks a period given by a caller; a coded BAD_USER_INPUT error in French otherwise. */
export function validatePeriod(from: unknown, to: unknown): Period {
  if (!isLocalDate(from)) {
    throw AppException.invalidField('from', 'la date de début doit être une date au format AAAA-MM-JJ');
  }
  if (!isLocalDate(to)) {
    throw AppException.invalidField('to', 'la date de fin doit être une date au format AAAA-MM-JJ');
  }
  if (from >= to) {
    throw AppException.badInput(
      `La date de début (${formatDateFr(from)}) doit précéder la date de fin (${formatDateFr(to)}) : la période va du premier jour inclus au dernier jour exclu.`,
      [{ field: 'from', messages: ['doit précéder la date de fin'] }],
    );
  }
  if (to > addMonths(from, MAX_PERIOD_YEARS * 12)) {
    throw AppException.badInput(
      `La période ne peut pas dépasser ${MAX_PERIOD_YEARS} ans (du ${formatDateFr(from)} au ${formatDateFr(to)} exclu).`,
      [{ field: 'to', messages: [`doit être au plus ${MAX_PERIOD_YEARS} ans après la date de début`] }],
    );
  }
  return { from, to };
}

/** First day of the month of a date: 2026-03-17 → 2026-03-01. */
export function monthOf(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`;
}

export interface MonthSlice extends Period {
  /** First day of the calendar month (the month of the history table). */
  month: LocalDate;
  /** « mars 2026 » */
  label: string;
}

const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const SHORT_MONTH_NAMES = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** « mars 2026 » */
export function monthLabel(month: LocalDate): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** « mars 26 », for chart axes. */
export function shortMonthLabel(month: LocalDate): string {
  return `${SHORT_MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`;
}

/** The whole calendar month that starts on `month`. */
export function monthPeriod(month: LocalDate): Period {
  const first = monthOf(month);
  return { from: first, to: addMonths(first, 1) };
}

/**
 * The calendar months a period touches, each cut to the period: [15 Jan, 10 Mar) gives
 * [15 Jan, 1 Feb), [1 Feb, 1 Mar), [1 Mar, 10 Mar). Their values add up to the period's for
 * indicators that count events (not for those that count distinct people).
 */
export function monthSlices(period: Period): MonthSlice[] {
  const slices: MonthSlice[] = [];
  for (let month = monthOf(period.from); month < period.to; month = addMonths(month, 1)) {
    const next = addMonths(month, 1);
    slices.push({
      month,
      label: monthLabel(month),
      from: month < period.from ? period.from : month,
      to: next > period.to ? period.to : next,
    });
  }
  return slices;
}

/** « du 01/01/2026 au 31/03/2026 » (the last day included, as people read periods). */
export function describePeriod(period: Period): string {
  return `du ${formatDateFr(period.from)} au ${formatDateFr(addDays(period.to, -1))}`;
}
