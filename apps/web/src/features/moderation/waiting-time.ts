// How long a request has been waiting for the Département, as a moderator reads it.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** « moins d’une heure », « 5 heures », « 1 jour », « 12 jours », « 3 semaines » (rounded down). */
export function formatWaitingTime(since: string | Date, now: Date = new Date()): string {
  const elapsed = Math.max(0, now.getTime() - new Date(since).getTime());
  if (elapsed < HOUR) return 'moins d’une heure';
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR);
    return `${hours} heure${hours > 1 ? 's' : ''}`;
  }
  const days = Math.floor(elapsed / DAY);
  if (days < 21) return `${days} jour${days > 1 ? 's' : ''}`;
  const weeks = Math.floor(days / 7);
  return `${weeks} semaines`;
}

/** Waiting longer than a week: the queue shows it as late. */
export function isLongWait(since: string | Date, now: Date = new Date()): boolean {
  return now.getTime() - new Date(since).getTime() > 7 * DAY;
}
