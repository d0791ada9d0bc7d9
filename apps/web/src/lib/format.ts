// Dates, times, numbers and counts as staff read them: French, in Europe/Paris whatever the
// browser's own time zone.
export const PARIS = 'Europe/Paris';

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, hour: '2-digit', minute: '2-digit' });

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar day `2026-03-05` (LocalDate, no time zone) → « 5 mars 2026 ». */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [year, month, day] = value.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** An instant → « 5 mars 2026 » (its day in Paris). */
export function formatDate(value: string | Date | null | undefined): string {
  return value ? dateFormat.format(toDate(value)) : '—';
}

export function formatShortDate(value: string | Date | null | undefined): string {
  return value ? shortDateFormat.format(toDate(value)) : '—';
}

/** An instant → « jeudi 5 mars 2026 à 14:30 » (Paris time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  // Some ICU versions already write « à » before the time, others a comma or nothing.
  return dateTimeFormat.format(toDate(value)).replace(/(?:,| à)? (\d{2}:\d{2})$/, ' à $1');
}

export function formatTime(value: string | Date): string {
  return timeFormat.format(toDate(value));
}

/** « 1 personne », « 2 personnes », « aucune personne » (feminine) / « aucun entretien ». */
export function formatCount(count: number, singular: string, plural = `${singular}s`, none?: string): string {
  if (count === 0 && none) return none;
  return `${new Intl.NumberFormat('fr-FR').format(count)} ${Math.abs(count) >= 2 ? plural : singular}`;
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits }).format(value);
}

/** The day in Paris of an instant, as `YYYY-MM-DD`. */
export function parisDayOf(value: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(value)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
