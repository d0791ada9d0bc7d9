/**
 * The waiting list of a full mission: people who said yes once every place was taken, served in
 * the order they answered. Positions are handed out under the mission's row lock, so they are
 * strictly increasing in answer order; they are never renumbered (a withdrawal leaves a gap) and
 * the rank shown to a person is computed from them.
 */
export interface WaitingEntry {
  id: string;
  position: number;
}

/** The position given to the next person joining the list. */
export function nextWaitingListPosition(existing: readonly number[]): number {
  return existing.reduce((max, position) => Math.max(max, position), 0) + 1;
}

/** The list in serving order. */
export function waitingListOrder<T extends WaitingEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** 1 for the first in line; null when `id` is not on the list. */
export function waitingListRank(entries: readonly WaitingEntry[], id: string): number | null {
  const index = waitingListOrder(entries).findIndex((entry) => entry.id === id);
  return index < 0 ? null : index + 1;
}

/** Who gets the places that just freed up, first come first served. */
export function promotionsFor<T extends WaitingEntry>(entries: readonly T[], freePlaces: number): T[] {
  return freePlaces > 0 ? waitingListOrder(entries).slice(0, freePlaces) : [];
}
